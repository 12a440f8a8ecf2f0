import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from portail.blocks import ImageBlock, LinkBlock, TableBlock
from portail.models import FooterLink, MenuItem, NavigationSettings
from tests.portail.factories import StandardPageFactory
from tests.utils import translate

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_journeys_and_highlights(client, site_tree):
    home = site_tree.home["fr"]
    target = site_tree.page["fr"]
    home.journeys = [
        (
            "entry_point",
            {
                "journey": "training",
                "title": "Trouver une formation",
                "text": "Par niveau et commune.",
                "link": {"page": target, "url": ""},
            },
        ),
    ]
    home.highlights_title = "À la une"
    home.highlights = [
        (
            "highlight",
            {
                "title": "Nouvel appel à projets",
                "text": "Jusqu’au 31 mars.",
                "link_label": "",
                "link": {"page": None, "url": ""},
            },
        )
    ]
    home.save_revision().publish()

    html = client.get("/fr/").content.decode()

    assert '<h1 class="hero__title">Le numérique en Martinique, au même endroit</h1>' in html
    assert '<a class="card__link" href="/fr/se-former/">Trouver une formation</a>' in html
    assert "À la une" in html and "Nouvel appel à projets" in html


def test_a_journey_link_follows_the_page_into_the_visitors_language(client, site_tree):
    home_en = site_tree.home["en"]
    home_en.journeys = [
        (
            "entry_point",
            {
                "journey": "training",
                "title": "Find a training",
                "text": "By level.",
                "link": {"page": site_tree.page["fr"], "url": ""},
            },
        ),
    ]
    home_en.save_revision().publish()

    html = client.get("/en/").content.decode()

    assert 'href="/en/learn/"' in html


def test_standard_page_renders_every_block_accessibly(client, site_tree):
    image = Image.objects.create(title="Fort-de-France", file=get_test_image_file())
    page = site_tree.page["fr"]
    page.body = [
        ("heading", {"text": "Pour qui ?", "level": "h2"}),
        ("paragraph", "<p>Des formations <b>pour tous</b>.</p>"),
        ("image", {"image": image, "alt": "La baie de Fort-de-France", "caption": "Vue de la baie"}),
        (
            "call_to_action",
            {
                "title": "Besoin d’aide ?",
                "text": "",
                "link_label": "Nous contacter",
                "link": {"page": None, "url": "https://example.org/"},
            },
        ),
        (
            "accordion",
            {
                "title": "Questions fréquentes",
                "items": [{"question": "Qui paie ?", "answer": "<p>Le CPF, souvent.</p>"}],
            },
        ),
        (
            "table",
            {
                "caption": "Formations",
                "header": ["Intitulé", "Niveau"],
                "rows": [["Développeur web", "Bac+2"]],
            },
        ),
    ]
    page.save_revision().publish()

    html = client.get("/fr/se-former/").content.decode()

    assert "<h2>Pour qui ?</h2>" in html
    assert "<b>pour tous</b>" in html
    assert 'alt="La baie de Fort-de-France"' in html and "<figcaption>Vue de la baie</figcaption>" in html
    assert '<a class="button" href="https://example.org/">Nous contacter</a>' in html
    assert "<summary>Qui paie ?</summary>" in html
    assert (
        "<caption" in html
        and '<th scope="col">Niveau</th>' in html
        and '<th scope="row">Développeur web</th>' in html
    )
    assert '<nav class="breadcrumb"' in html and 'aria-current="page">Se former</span>' in html


def test_an_image_needs_a_text_alternative():
    image = Image.objects.create(title="Baie", file=get_test_image_file())
    image_block = ImageBlock()
    assert image_block.clean(image_block.to_python({"image": image.pk, "alt": "La baie", "caption": ""}))
    with pytest.raises(StructBlockValidationError) as error:
        image_block.clean(image_block.to_python({"image": image.pk, "alt": "", "caption": ""}))
    assert set(error.value.block_errors) == {"alt"}


def test_a_table_row_must_match_the_headings():
    table = TableBlock()
    value = table.to_python({"caption": "Tarifs", "header": ["Formation", "Prix"], "rows": [["Web"]]})
    with pytest.raises(ValidationError):
        table.clean(value)


def test_a_link_is_a_page_or_an_address_not_both(site_tree):
    link = LinkBlock()
    with pytest.raises(ValidationError):
        link.clean(link.to_python({"page": site_tree.page["fr"].pk, "url": "https://example.org/"}))
    with pytest.raises(ValidationError):
        link.clean(link.to_python({"page": None, "url": ""}))
    assert link.clean(link.to_python({"page": None, "url": "https://example.org/"}))["url"]
    optional = LinkBlock(required=False)
    assert optional.clean(optional.to_python({"page": None, "url": ""}))


def test_menu_and_footer_come_from_the_site_settings_in_the_visitors_language(client, site_tree):
    navigation = NavigationSettings.for_site(site_tree.home["fr"].get_site())
    MenuItem.objects.create(setting=navigation, page=site_tree.page["fr"])
    FooterLink.objects.create(setting=navigation, page=site_tree.page["fr"])
    navigation.contact_email = "contact@demo.example"
    navigation.save()

    fr = client.get("/fr/").content.decode()
    es = client.get("/es/").content.decode()

    assert '<a href="/fr/se-former/">Se former</a>' in fr
    assert '<a href="/es/formarse/">Formarse</a>' in es
    assert es.count('href="/es/formarse/"') == 2  # menu and footer
    assert "mailto:contact@demo.example" in es


def test_unpublished_menu_pages_are_not_shown(client, site_tree):
    navigation = NavigationSettings.for_site(site_tree.home["fr"].get_site())
    MenuItem.objects.create(setting=navigation, page=site_tree.page["fr"])
    assert '<a href="/fr/se-former/">Se former</a>' in client.get("/fr/").content.decode()

    site_tree.page["fr"].unpublish()
    site_tree.page["en"].unpublish()

    assert "Se former" not in client.get("/fr/").content.decode()
    assert 'href="/en/learn/"' not in client.get("/en/").content.decode()


def count_queries(client, path):
    client.get(path)  # warm the site root paths cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_page_queries_do_not_grow_with_links_and_menu_items(page_cache_off, client, site_tree, language):
    home = site_tree.home[language]
    navigation = NavigationSettings.for_site(home.get_site())
    targets = [site_tree.page["fr"]]
    for n in range(5):
        page = StandardPageFactory(parent=site_tree.home["fr"], title=f"Cible {n}", slug=f"cible-{n}")
        targets.append(page)
        translate(page, "es", title=f"Destino {n}", slug=f"destino-{n}")

    def build(pages):
        home.journeys = [
            (
                "entry_point",
                {"journey": "training", "title": "T", "text": "T", "link": {"page": p, "url": ""}},
            )
            for p in pages
        ]
        home.save_revision().publish()
        MenuItem.objects.filter(setting=navigation).delete()
        for p in pages:
            MenuItem.objects.create(setting=navigation, page=p)

    build(targets[:1])
    with_one = count_queries(client, f"/{language}/")
    build(targets)
    with_six = count_queries(client, f"/{language}/")

    assert with_six == with_one <= 20


def test_an_untranslated_menu_page_is_marked_with_its_language(client, site_tree):
    navigation = NavigationSettings.for_site(site_tree.home["fr"].get_site())
    MenuItem.objects.create(setting=navigation, page=site_tree.page["fr"])
    site_tree.page["en"].unpublish()

    html = client.get("/en/").content.decode()

    assert '<a href="/en/se-former/" lang="fr">Se former</a>' in html


def test_a_link_to_an_unpublished_page_is_not_shown(client, site_tree):
    home = site_tree.home["fr"]
    link = {"page": site_tree.page["fr"], "url": ""}
    home.journeys = [
        ("entry_point", {"journey": "training", "title": "Se former", "text": "T", "link": link})
    ]
    home.save_revision().publish()
    site_tree.page["fr"].unpublish()

    html = client.get("/fr/").content.decode()

    assert '<h3 class="card__title">Se former</h3>' in html
    assert 'href="/fr/se-former/"' not in html
