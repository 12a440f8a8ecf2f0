"""The language switcher keeps the visitor on the same screen in every language: the same page (with
its sub-route and query string), or the French page shown under the other language's prefix, which
says so and marks its content as French."""

import re

import pytest

from wagtail.models import Locale

from tests.financements.factories import FundingGuidePageFactory
from tests.portail.factories import StandardPageFactory
from tests.utils import in_language, translate

pytestmark = pytest.mark.django_db

NOTICE = {
    "en": "This page is not yet translated into English; it is shown in French.",
    "es": "This page is not yet translated into Spanish; it is shown in French.",
}


def switcher(client, path: str) -> dict[str, str]:
    """The switcher's links of the page at `path`: language code → href."""
    return links_of(client.get(path).content.decode())


def links_of(html: str) -> dict[str, str]:
    nav = html[html.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    return {
        code: href.replace("&amp;", "&") for href, code in re.findall(r'<a href="([^"]*)" lang="(\w+)"', nav)
    }


@pytest.fixture
def guide(site_tree):
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    translate(guide, "en", title="Funding", slug="funding")
    translate(guide, "es", title="Financiación", slug="financiacion")
    return guide


def test_a_translated_page_keeps_the_query_string(client, site_tree):
    links = switcher(client, "/fr/se-former/?page=2")

    assert links == {"fr": "/fr/se-former/?page=2", "en": "/en/learn/?page=2", "es": "/es/formarse/?page=2"}


def test_an_untranslated_page_leads_to_the_french_page_under_the_other_prefix(client, site_tree):
    StandardPageFactory(parent=site_tree.page["fr"], title="Ateliers du Lorrain", slug="ateliers-lorrain")

    links = switcher(client, "/fr/se-former/ateliers-lorrain/")

    assert links["en"] == "/en/se-former/ateliers-lorrain/"
    assert links["es"] == "/es/se-former/ateliers-lorrain/"
    html = client.get("/fr/se-former/ateliers-lorrain/").content.decode()
    assert in_language("fr", "not translated yet: shown in French", escaped=False) in html
    assert 'hreflang="en" href=' not in html  # no alternate announced for a missing translation


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_french_page_shown_in_another_language_says_so(client, site_tree, language):
    StandardPageFactory(parent=site_tree.page["fr"], title="Ateliers du Lorrain", slug="ateliers-lorrain")

    response = client.get(f"/{language}/se-former/ateliers-lorrain/")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert in_language(language, NOTICE[language], escaped=False) in html
    assert '<h1 lang="fr">Ateliers du Lorrain</h1>' in html
    assert links_of(html)[language] == f"/{language}/se-former/ateliers-lorrain/"


def test_a_translated_page_never_shows_the_notice(client, site_tree):
    html = client.get("/en/learn/").content.decode()

    assert in_language("en", NOTICE["en"], escaped=False) not in html
    assert '<h1 lang="fr">' not in html


def test_the_french_path_of_a_translated_page_redirects_to_its_translation(client, site_tree):
    response = client.get("/en/se-former/?page=2")

    assert response.status_code == 301
    assert response["Location"] == "/en/learn/?page=2"


def test_an_unknown_path_is_still_a_404_in_every_language(client, site_tree):
    assert client.get("/en/nulle-part/").status_code == 404
    assert client.get("/es/se-former/nulle-part/").status_code == 404


def test_an_event_not_translated_stays_an_event_in_english(client, event):
    links = switcher(client, "/fr/evenements/premiers-pas/")
    assert links["en"] == "/en/evenements/premiers-pas/"

    html = client.get(links["en"]).content.decode()
    assert in_language("en", NOTICE["en"], escaped=False) in html
    assert '<h1 lang="fr">Premiers pas</h1>' in html
    # its sign-up link keeps the visitor in English, with the English slug
    assert 'href="/en/evenements/premiers-pas/sign-up/"' in html
    main = html[html.index('<main id="main"') : html.index("</main>")]
    assert 'href="/en/events/"' in main  # the breadcrumb too
    assert 'href="/fr/' not in main


def test_an_event_sign_up_step_switches_to_the_same_step(client, event):
    translate(event, "es", title="Primeros pasos", slug="primeros-pasos")

    links = switcher(client, "/fr/evenements/premiers-pas/inscription/")

    assert links["es"] == "/es/eventos/primeros-pasos/inscripcion/"
    assert links["en"] == "/en/evenements/premiers-pas/sign-up/"
    response = client.get(links["en"])
    assert response.status_code == 200
    assert in_language("en", NOTICE["en"], escaped=False) in response.content.decode()


def test_a_translated_event_reached_by_its_french_path_redirects_with_its_sub_route(client, event):
    translate(event, "en", title="First steps", slug="first-steps")

    response = client.get("/en/evenements/premiers-pas/inscription/")

    assert response.status_code == 301
    assert response["Location"] == "/en/events/first-steps/sign-up/"


def test_a_place_not_translated_stays_a_place(client, places):
    links = switcher(client, "/fr/tiers-lieux/la-sphere-972/corriger/")

    assert links["en"] == "/en/tiers-lieux/la-sphere-972/correct/"
    assert links["es"] == "/es/tiers-lieux/la-sphere-972/corregir/"
    html = client.get(links["es"]).content.decode()
    assert in_language("es", NOTICE["es"], escaped=False) in html


def test_the_funding_finder_keeps_its_answers(client, guide):
    links = switcher(client, "/fr/financements/trouver/?beneficiaire=tpe&etape=secteur")

    assert links == {
        "fr": "/fr/financements/trouver/?beneficiaire=tpe&etape=secteur",
        "en": "/en/funding/find/?beneficiaire=tpe&etape=secteur",
        "es": "/es/financiacion/encontrar/?beneficiaire=tpe&etape=secteur",
    }


@pytest.mark.parametrize(
    "path",
    [
        "/fr/guichet/demande/entreprise/?besoin=financement",
        "/fr/recherche/?q=atelier&type=evenement",
        "/fr/label/",
        "/fr/label/verifier/PLN-2026-0001/",
        "/fr/accounts/login/?next=/fr/guichet/",
    ],
)
def test_screens_that_are_not_pages_keep_their_path_and_query(client, site_tree, path):
    links = switcher(client, path)

    assert links["fr"] == path
    for code in ("en", "es"):
        assert links[code].startswith(f"/{code}/")
        assert links[code].split("?")[1:] == path.split("?")[1:]
        assert client.get(links[code]).status_code in (200, 404)  # the label code may not exist


def test_the_search_page_switches_to_its_translated_path(client, site_tree):
    links = switcher(client, "/fr/recherche/?q=atelier")

    assert links["en"] == "/en/search/?q=atelier"
