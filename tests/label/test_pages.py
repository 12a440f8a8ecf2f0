"""The label's public pages in three languages and the open-data registry."""

import datetime

import pytest

from label.models import CharterSignatory
from tests.label.factories import SolutionFactory, labelled
from tests.utils import in_language

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, heading, description",
    [
        ("fr", "Prestataires numériques locaux", "Développement web"),
        ("en", "Local digital providers", "Web agency"),
        ("es", "Proveedores digitales locales", "Agencia web"),
    ],
)
def test_the_directory_lists_valid_labels_only_in_three_languages(
    client, labels, language, heading, description
):
    response = client.get(f"/{language}/label/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert heading in html and description in html
    for name in ("Kalbas Numérik", "Lakou Data", "Nuage Caraïbe"):
        assert name in html
    for name in ("Bèl Imaj", "Répar&#x27;PC", "Kòd Antiy"):
        assert name not in html
    assert html.count('class="label-badge"') == 3


def test_an_untranslated_description_is_marked_as_french(client, labels):
    html = client.get("/en/label/").content.decode()
    assert '<p lang="fr">Développement web et maintenance sur place.' in html


def test_the_directory_filters_by_category_and_commune(client, labels):
    html = client.get("/fr/label/?categorie=hebergement").content.decode()
    assert "Nuage Caraïbe" in html and "Kalbas Numérik" not in html
    html = client.get("/fr/label/?commune=97213").content.decode()
    assert "Nuage Caraïbe" in html and "Lakou Data" not in html
    html = client.get("/fr/label/?categorie=formation").content.decode()
    assert in_language("fr", "No labelled provider matches these filters.") in html


def test_the_directory_queries_do_not_grow_with_the_providers(page_cache_off, client, labels, reviewer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/fr/label/")
    with CaptureQueriesContext(connection) as three:
        client.get("/fr/label/")
    for number in range(5):
        SolutionFactory(provider=labelled(reviewer, name=f"Autre {number}").provider)
    with CaptureQueriesContext(connection) as eight:
        response = client.get("/fr/label/")

    assert response.content.decode().count('class="label-badge"') == 8
    assert len(eight) == len(three) <= 15  # 14 measured: 11, and 3 for the buyers' meetings


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_verification_page_says_valid_expired_or_revoked(client, labels, language):
    expectations = {
        "valid": labels["valid"][0],
        "expired": labels["expired"],
        "revoked": labels["revoked"],
    }
    for state, label in expectations.items():
        code = label.provider.label_code
        html = client.get(f"/{language}/label/verifier/{code}/").content.decode()
        assert label.provider.name.replace("'", "&#x27;") in html
        state_text = {"valid": "Valid label", "expired": "Expired label", "revoked": "Revoked label"}[state]
        assert in_language(language, state_text) in html, (state, language)
        assert label.valid_until.strftime("%Y") in html if state != "revoked" else "Valid until" not in html


def test_an_unknown_code_is_a_404(client, labels):
    assert client.get("/fr/label/verifier/PLN-INCONNU/").status_code == 404
    assert client.get("/api/label/badge/PLN-INCONNU.svg").status_code == 404


def test_the_badge_is_an_svg_image_that_other_sites_can_show(client, labels):
    code = labels["valid"][0].provider.label_code
    response = client.get(f"/api/label/badge/{code}.svg")
    assert response["Content-Type"].startswith("image/svg+xml")
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert code in response.content.decode() and "valide" in response.content.decode()
    revoked = labels["revoked"].provider.label_code
    assert "retiré" in client.get(f"/api/label/badge/{revoked}.svg").content.decode()


def test_the_registry_lists_valid_labels_only(client, labels):
    rows = client.get("/api/label/registre.json", HTTP_ACCEPT_LANGUAGE="es").json()["results"]

    assert [row["name"] for row in rows] == ["Kalbas Numérik", "Lakou Data", "Nuage Caraïbe"]
    nuage = rows[2]
    provider = labels["valid"][2].provider
    assert nuage == {
        "name": "Nuage Caraïbe",
        "siret": provider.siret,
        "commune": "Le Lamentin",
        "categories": ["developpement", "hebergement"],
        "code": provider.label_code,
        "status": "valid",
        "valid_until": labels["valid"][2].valid_until.isoformat(),
        "verify_url": f"http://127.0.0.1:8000/fr/label/verifier/{provider.label_code}/",
    }


def test_the_registry_as_csv(client, labels):
    response = client.get("/api/label/registre.csv")
    text = response.content.decode("utf-8")
    lines = text.split("\r\n")
    assert not text.startswith("\ufeff")  # open data: plain RFC 4180, no BOM
    assert lines[0] == "name,siret,commune,categories,code,status,valid_until,verify_url"
    assert len(lines) == 5 and lines[4] == "" and lines[3].startswith("Nuage Caraïbe,")


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_charter_signatories_page(client, language):
    CharterSignatory.objects.create(
        kind="elu", name="Maire du Lamentin", signed_on=datetime.date(2026, 5, 20)
    )
    CharterSignatory.objects.create(
        kind="organisation", name="CCI Martinique", signed_on=datetime.date(2026, 3, 12)
    )
    html = client.get(f"/{language}/label/signataires/").content.decode()
    assert "Maire du Lamentin" in html and "CCI Martinique" in html
    assert in_language(language, "Elected official", escaped=False) in html
    assert "2026-05-20" in html


# The provider's journey
