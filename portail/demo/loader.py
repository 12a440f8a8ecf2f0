"""Loads the demo site: French page tree, its English and Spanish translations, navigation, accounts."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from portail.demo import content
from portail.demo.text import T
from portail.models import FooterLink, HomePage, MenuItem, NavigationSettings, StandardPage, User

TARGET_LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    role: str
    is_superuser: bool = False
    group: str = ""
    needs_mfa: bool = False
    partner: str = ""  # the slug of the guichet partner whose adviser this is


DEMO_ACCOUNTS = [
    DemoAccount("admin@demo.example", "demo-admin-972", "Administrator", is_superuser=True, needs_mfa=True),
    DemoAccount(
        "editeur@demo.example",
        "demo-editeur-972",
        "CTM editor (Editors group)",
        group="Editors",
        needs_mfa=True,
    ),
    DemoAccount("usager@demo.example", "demo-usager-972", "Member of the public"),
    *(
        DemoAccount(
            f"conseil.{slug}@demo.example",
            "demo-conseil-972",
            f"Adviser, {name}",
            needs_mfa=True,
            partner=slug,
        )
        for slug, name in [
            ("cacem", "CACEM"),
            ("cap-nord", "CAP Nord Martinique"),
            ("espace-sud", "Espace Sud"),
            ("cci-martinique", "CCI Martinique"),
            ("cma-martinique", "CMA Martinique"),
            ("chambre-agriculture-martinique", "Chambre d'agriculture"),
            ("ctm", "CTM (sees every request)"),
        ]
    ),
    DemoAccount(
        "relecteur.label@demo.example",
        "demo-label-972",
        "Label reviewer, CTM (Label reviewers group)",
        group="Label reviewers",
        needs_mfa=True,
    ),
    *(
        DemoAccount(f"prestataire.{key}@demo.example", "demo-prestataire-972", f"Digital provider: {state}")
        for key, state in [
            ("kalbas", "label valid"),
            ("nuage-caraibe", "label valid, expires within 60 days"),
            ("lakou-data", "label valid"),
            ("bel-imaj", "label expired"),
            ("repar-pc", "label revoked"),
            ("formaweb", "changes requested"),
            ("kod-antiy", "application submitted"),
            ("securi-kaz", "application rejected"),
            ("ti-pixel", "draft application"),
        ]
    ),
]


def demo_load() -> bool:
    """Load the demo content unless the site already has a home page. Returns True if it loaded it."""
    if HomePage.objects.exists():
        return False
    with transaction.atomic():
        pages = _create_french_tree()
        _configure_navigation(pages)
        table = translation_table(content.HOME, content.PAGES)
        table["en"]["accueil"], table["es"]["accueil"] = "home", "inicio"
        for page in [pages["home"], *(pages[item["key"]] for item in content.PAGES)]:
            translate(page, table)
    return True


def demo_accounts_ensure() -> list[tuple[DemoAccount, str]]:
    """Create the demo accounts if needed; return each with its TOTP secret (or "")."""
    result = []
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(email=account.email).first()
        if user is None:
            user = User.objects.create_user(
                account.email,
                account.password,
                is_superuser=account.is_superuser,
                is_staff=account.is_superuser,
            )
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            if account.group:
                user.groups.add(Group.objects.get(name=account.group))
            if account.needs_mfa:
                TOTP.activate(user, generate_totp_secret())
            if account.partner:
                apps.get_model("guichet", "Partner").objects.get(slug=account.partner).members.add(user)
        result.append((account, demo_totp_secret(user)))
    return result


def demo_totp_secret(user) -> str:
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        return ""
    return get_mfa_adapter().decrypt(authenticator.data["secret"])


def _create_french_tree():
    root = Page.get_first_root_node()
    french = Locale.objects.get(language_code="fr")
    # Wagtail's migrations create a placeholder "Welcome" page; the portal's home replaces it.
    Site.objects.all().delete()
    for page in root.get_children().exact_type(Page):
        page.delete()
    home = HomePage(
        locale=french,
        title=content.HOME["title"].fr,
        slug="accueil",
        hero_title=content.HOME["hero_title"].fr,
        hero_text=content.HOME["hero_text"].fr,
        highlights_title=content.HOME["highlights_title"].fr,
    )
    root.add_child(instance=home)
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Portail numérique de Martinique",
    )
    pages = {"home": home}
    for item in content.PAGES:
        model = apps.get_model(item["model"]) if "model" in item else StandardPage
        page = model(
            locale=french,
            title=item["title"].fr,
            menu_title=item["menu_title"].fr if "menu_title" in item else "",
            slug=item["slug"].fr,
            intro=item["intro"].fr,
        )
        home.add_child(instance=page)
        pages[item["key"]] = page
    for item in content.PAGES:
        page = pages[item["key"]]
        page.body = [_french_block(name, value, pages) for name, value in item["body"]]
        page.save_revision().publish()
    home.journeys = [
        (
            "entry_point",
            {"journey": j["journey"], "title": j["title"].fr, "text": j["text"].fr, "link": _link(j, pages)},
        )
        for j in content.HOME["journeys"]
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
        for h in content.HOME["highlights"]
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
    navigation.contact_email = "contact@demo.example"
    navigation.postal_address = (
        "Collectivité Territoriale de Martinique\nRue Gaston Defferre, CS 30137\n97201 Fort-de-France Cedex"
    )
    navigation.menu_items = [MenuItem(page=pages[i["key"]]) for i in content.PAGES if i.get("menu")]
    navigation.footer_links = [FooterLink(page=pages[i["key"]]) for i in content.PAGES if i.get("footer")]
    navigation.save()


def translation_table(*contents):
    """{language: {French segment: translated segment}} from every T in the demo content.

    A T whose English and Spanish are None (French-only demo content) adds nothing.
    """
    table = {language: {} for language in TARGET_LANGUAGES}

    def collect(value):
        if isinstance(value, T):
            if value.en is not None:
                for fr, en, es in value.segments():
                    table["en"][fr], table["es"][fr] = en, es
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)

    collect(contents)
    return table


def translate(instance, table):
    """Translate a French page or snippet with wagtail-localize, as a translator would in the admin."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for language in TARGET_LANGUAGES:
        translation, _created = Translation.objects.get_or_create(
            source=source,
            target_locale=Locale.objects.get(language_code=language),
            defaults={"enabled": True},
        )
        po = translation.export_po()
        for entry in po:
            if entry.msgid not in table[language]:
                raise ValueError(f"No {language} translation for demo string {entry.msgid!r}")
            entry.msgstr = table[language][entry.msgid]
        translation.import_po(po)
        # Publish now rather than on commit (save_target(publish=True)): a parent published on
        # commit from a stale revision object would reset its child count and hide its children.
        if isinstance(instance, Page):
            translation.save_target(publish=False)
            translation.get_target_instance().get_latest_revision().publish()
        else:
            translation.save_target()  # snippets without drafts are saved as they are
