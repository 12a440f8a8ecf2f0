"""On the demo site: the multi-year accessibility plan is loaded and linked, and every public page, of every
type and in every language, has a meta description."""

import html
import re
from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.models import Page

from demo.catalogue import INDEX_TEXTS
from demo.site import PAGES
from evenements.models import EventPage
from label.models import Provider
from lieux.models import PlacePage
from portail.models import NavigationSettings
from portail.seo import DESCRIPTION_LENGTH

pytestmark = pytest.mark.django_db

SLUGS = {page["key"]: page["slug"] for page in PAGES}
PLAN = next(page for page in PAGES if page["key"] == "schema-accessibilite")
VIEWS = {  # pages that are not Wagtail pages, or a page's sub-route with its own purpose
    "search": {"fr": "/fr/recherche/?q=site", "en": "/en/search/", "es": "/es/busqueda/"},
    "guichet start": "/{lang}/guichet/",
    "guichet step 1": "/{lang}/guichet/demande/entreprise/",
    "guichet for individuals": "/{lang}/guichet/particulier/",
    "self-diagnosis": "/{lang}/guichet/diagnostic/",
    "sign in": "/{lang}/accounts/login/",
    "sign up": "/{lang}/accounts/signup/",
    "label directory": "/{lang}/label/",
    "training provider": "/{lang}/{catalogue}/organismes/isca-business-school/",
    "finder": "/{lang}/{funding}/trouver/",
}


@pytest.fixture
def demo(db):
    call_command("load_demo", "--force", stdout=StringIO())


def description(client, path) -> str:
    response = client.get(path, follow=True)
    assert response.status_code in (200, 404), path
    found = re.search(r'<meta name="description" content="([^"]*)">', response.content.decode())
    assert found, f"{path} has no meta description"
    return html.unescape(found.group(1))


def test_the_accessibility_plan_is_loaded_and_linked(client, demo):
    footer = NavigationSettings.objects.get().footer_links.values_list("page__slug", flat=True)
    assert PLAN["slug"].fr in footer
    for language in ("fr", "en", "es"):
        plan_path = f"/{language}/{getattr(PLAN['slug'], language)}/"
        statement = f"/{language}/{getattr(SLUGS['accessibilite'], language)}/"

        plan = client.get(plan_path).content.decode()
        statement_html = client.get(statement).content.decode()

        assert f"<h1>{getattr(PLAN['title'], language)}</h1>" in plan
        assert f'href="{plan_path}"' in statement_html  # from the statement
        assert f'href="{plan_path}"' in client.get(f"/{language}/").content.decode()  # from the footer
        assert f'href="{statement}"' in plan


def test_every_public_page_has_a_meta_description(client, demo):
    kinds = {}
    for page in Page.objects.live().public().specific().exclude(depth=1):
        kinds.setdefault((type(page).__name__, page.locale.language_code), page)
    paths = {f"{kind} {language}": page.url for (kind, language), page in kinds.items()}
    paths["event sign-up"] = (
        EventPage.objects.live().filter(locale__language_code="fr").first().url + "inscription/"
    )
    paths["place correction"] = PlacePage.objects.live().filter(locale__language_code="fr").first().url
    paths["place correction"] += "corriger/"
    paths["label verification"] = (
        f"/en/label/verifier/{Provider.objects.exclude(label_code=None).first().label_code}/"
    )
    for name, path in VIEWS.items():
        for language in ("fr", "en", "es"):
            slugs = {"catalogue": getattr(INDEX_TEXTS["slug"], language)}
            slugs["funding"] = getattr(SLUGS["financements"], language)
            paths[f"{name} {language}"] = (path[language] if isinstance(path, dict) else path).format(
                lang=language, **slugs
            )

    described = {name: description(client, path) for name, path in paths.items()}

    assert {"HomePage fr", "StandardPage es", "TrainingPage en", "FundingSchemePage fr"} <= set(described)
    assert {"PlacePage fr", "EventPage fr", "EventIndexPage es", "CatalogueIndexPage fr"} <= set(described)
    assert not [name for name, text in described.items() if not text.strip()]
    assert all(len(text) <= DESCRIPTION_LENGTH for text in described.values())
