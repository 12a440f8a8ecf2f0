"""The demo site (demo/data/site.yaml): French page tree, its English and Spanish translations, navigation."""

from django.apps import apps
from django.db import transaction

from wagtail.models import Locale, Page, Site

from demo.text import T, blocks, read
from demo.translation import translate, translation_table
from portail.models import FooterLink, HomePage, MenuItem, NavigationSettings, StandardPage

HOME = read("site")["home"]
PAGES = read("site")["pages"]
SITE_NAME = "Portail numérique de Martinique"
CONTACT_EMAIL = "contact@demo.example"
POSTAL_ADDRESS = (
    "Collectivité Territoriale de Martinique\nRue Gaston Defferre, CS 30137\n97201 Fort-de-France Cedex"
)


def demo_load() -> bool:
    """Load the demo content unless the site already has a home page. Returns True if it loaded it."""
    if HomePage.objects.exists():
        return False
    with transaction.atomic():
        pages = _create_french_tree()
        _configure_navigation(pages)
        table = translation_table(HOME, PAGES)
        table["en"]["accueil"], table["es"]["accueil"] = "home", "inicio"
        for page in [pages["home"], *(pages[item["key"]] for item in PAGES)]:
            translate(page, table)
    return True


def _create_french_tree():
    root = Page.get_first_root_node()
    french = Locale.objects.get(language_code="fr")
    # Wagtail's migrations create a placeholder "Welcome" page; the portal's home replaces it.
    Site.objects.all().delete()
    for page in root.get_children().exact_type(Page):
        page.delete()
    home = HomePage(
        locale=french,
        title=HOME["title"].fr,
        slug="accueil",
        hero_title=HOME["hero_title"].fr,
        hero_text=HOME["hero_text"].fr,
        highlights_title=HOME["highlights_title"].fr,
        search_description=HOME["search_description"].fr,
    )
    root.add_child(instance=home)
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME
    )
    pages = {"home": home}
    for item in PAGES:
        model = apps.get_model(item["model"]) if "model" in item else StandardPage
        page = model(
            locale=french,
            title=item["title"].fr,
            menu_title=item["menu_title"].fr if "menu_title" in item else "",
            slug=item["slug"].fr,
            intro=item["intro"].fr,
            search_description=item["search_description"].fr if "search_description" in item else "",
        )
        home.add_child(instance=page)
        pages[item["key"]] = page
    for item in PAGES:
        page = pages[item["key"]]
        page.body = [_french_block(name, value, pages) for name, value in blocks(item["body"])]
        page.save_revision().publish()
    home.journeys = [
        (
            "entry_point",
            {"journey": j["journey"], "title": j["title"].fr, "text": j["text"].fr, "link": _link(j, pages)},
        )
        for j in HOME["journeys"]
    ]
    home.highlights = [
        (
            "highlight",
            {
                "title": h["title"].fr,
                "text": h["text"].fr,
                "link_label": h["link_label"].fr,
                "link": _link(h, pages),
            },
        )
        for h in HOME["highlights"]
    ]
    home.save_revision().publish()
    return pages


def _link(item, pages):
    return {"page": pages[item["page"]], "url": ""}


def _french_block(name, value, pages):
    """The French value of a demo block: every T becomes its French text, a page key a link."""
    if isinstance(value, T):
        return (name, value.fr)
    block = {key: _french(val) for key, val in value.items() if key != "page"}
    if "page" in value:
        block["link"] = _link(value, pages)
    return (name, block)


def _french(value):
    if isinstance(value, T):
        return value.fr
    if isinstance(value, list):
        return [_french(item) for item in value]
    if isinstance(value, dict):
        return {key: _french(val) for key, val in value.items()}
    return value


def _configure_navigation(pages):
    site = Site.objects.get(is_default_site=True)
    navigation = NavigationSettings.for_site(site)
    navigation.contact_email = CONTACT_EMAIL
    navigation.postal_address = POSTAL_ADDRESS
    navigation.menu_items = [MenuItem(page=pages[i["key"]]) for i in PAGES if i.get("menu")]
    navigation.footer_links = [FooterLink(page=pages[i["key"]]) for i in PAGES if i.get("footer")]
    navigation.save()
