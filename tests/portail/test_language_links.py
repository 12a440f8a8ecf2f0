"""Links keep the visitor's (or the recipient's) language: translated sub-route slugs with the old
French ones redirecting, map markers, e-mail links, and the search page's suggestions."""

import json
import re

import pytest

from django.core import mail
from django.utils import translation

from wagtail.models import Locale

from evenements.services import send_registration_email
from financements.enums import Sector
from financements.services import funding_alert_send_confirmation
from portail.models import Commune
from search.models import SynonymGroup
from tests.financements.factories import FundingGuidePageFactory
from tests.utils import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(site_tree):
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    translate(guide, "en", title="Funding", slug="funding")
    translate(guide, "es", title="Financiación", slug="financiacion")
    return guide


@pytest.mark.parametrize(
    "path", ["/fr/financements/trouver/", "/en/funding/find/", "/es/financiacion/encontrar/"]
)
def test_the_finder_answers_at_its_slug_in_each_language(client, guide, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "old, new",
    [
        ("/en/funding/trouver/?beneficiaire=tpe", "/en/funding/find/?beneficiaire=tpe"),
        ("/es/financiacion/trouver/", "/es/financiacion/encontrar/"),
        ("/es/financiacion/find/", "/es/financiacion/encontrar/"),
        ("/fr/financements/find/", "/fr/financements/trouver/"),
        ("/en/funding/imprimer/", "/en/funding/print/"),
    ],
)
def test_another_languages_slug_redirects_to_this_languages(client, guide, old, new):
    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new


def test_a_form_posted_to_an_old_slug_is_not_lost(client, guide):
    response = client.post("/en/funding/alertes/", {"email": ""})

    assert response.status_code == 200  # the form again, with its errors: not a redirect to a GET


@pytest.mark.parametrize(
    "language, finder, printable",
    [
        ("fr", "/fr/financements/trouver/", "/fr/financements/imprimer/"),
        ("en", "/en/funding/find/", "/en/funding/print/"),
        ("es", "/es/financiacion/encontrar/", "/es/financiacion/imprimir/"),
    ],
)
def test_pages_link_to_sub_routes_with_the_slug_of_their_language(client, guide, language, finder, printable):
    html = client.get(guide.get_translation(Locale.objects.get(language_code=language)).url).content.decode()

    assert f'href="{finder}"' in html and f'href="{printable}"' in html


def markers(html: str) -> dict[str, str]:
    data = re.search(r'<script id="places-data" type="application/json">(.*?)</script>', html, re.DOTALL)[1]
    return {marker["title"]: marker["url"] for marker in json.loads(data)}


@pytest.mark.parametrize(
    "path, language", [("/en/community-digital-spaces/", "en"), ("/es/espacios-digitales/", "es")]
)
def test_map_markers_and_cards_link_in_the_visitors_language(client, places, path, language):
    translate(places["sphere"], "en", title="The Sphere 972", slug="the-sphere-972")

    html = client.get(path).content.decode()

    found = markers(html)
    assert found, "no marker"
    assert all(url.startswith(f"/{language}/") for url in found.values()), found
    if language == "en":
        assert found["The Sphere 972"] == "/en/community-digital-spaces/the-sphere-972/"
    assert 'href="/fr/' not in html.split('id="main"')[1].split('class="site-footer"')[0]


@pytest.mark.parametrize(
    "language, cancel",
    [("en", "/en/evenements/premiers-pas/cancel/"), ("es", "/es/eventos/primeros-pasos/cancelar/")],
)
def test_event_e_mails_link_in_the_recipients_language(event, language, cancel):
    from evenements.models import Registration

    if language == "es":
        translate(event, "es", title="Primeros pasos", slug="primeros-pasos")
    registration = Registration.objects.create(
        event=event,
        name="Léa",
        email="lea@example.org",
        language=language,
        status="confirmed",
        consent_at=event.starts_at,
    )

    send_registration_email(registration=registration, kind="registered")

    body = mail.outbox[-1].body
    assert cancel in body
    assert "/fr/" not in body


@pytest.mark.parametrize(
    "language, confirm",
    [("fr", "/fr/financements/alertes/confirmer/"), ("es", "/es/financiacion/alertas/confirmar/")],
)
def test_funding_alert_e_mails_link_in_the_recipients_language(guide, language, confirm):
    from financements.models import FundingAlert

    alert = FundingAlert.objects.create(
        email="madi@example.org",
        language=language,
        beneficiary="tpe",
        sector=Sector.RETAIL,
        commune=Commune.objects.get(insee_code="97213"),
        token="t0k3n",
    )

    funding_alert_send_confirmation(alert=alert)

    assert f"{confirm}t0k3n/" in mail.outbox[-1].body


@pytest.mark.parametrize(
    "path, typed, expected",
    [
        ("/fr/recherche/", "financement", {"aide", "subvention"}),
        ("/en/search/", "funding", {"grant"}),
        ("/es/busqueda/", "financiación", {"ayuda", "subvención"}),
    ],
)
def test_zero_result_suggestions_are_in_the_pages_language(client, site_tree, path, typed, expected):
    SynonymGroup.objects.update_or_create(
        french="financement, aide, subvention",
        defaults={"english": "funding, grant", "spanish": "financiación, ayuda, subvención"},
    )
    language = path[1:3]

    html = client.get(path, {"q": typed}).content.decode()

    with translation.override(language):
        related = html[html.index(translation.gettext("Related searches:")) :].split("</li>")[0]
    assert set(re.findall(r">([^<]+)</a>", related)) == expected
