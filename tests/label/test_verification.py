"""Verifying a label by its code: the form, forgiving codes, helpful unknown codes, honest states."""

import re

import pytest

from tests.label.factories import ProviderFactory
from tests.utils import in_language

pytestmark = pytest.mark.django_db


def test_the_directory_and_the_verification_page_have_a_code_field(client, labels):
    code = labels["valid"][0].provider.label_code
    for url in ("/fr/label/", f"/fr/label/verifier/{code}/"):
        html = client.get(url).content.decode()
        assert 'action="/fr/label/verifier/"' in html
        assert '<label for="id_code"' in html and 'name="code"' in html


def test_a_typed_code_ignores_case_and_spaces(client, labels):
    code = labels["valid"][0].provider.label_code
    typed = " " + code.lower().replace("-", " - ") + " "

    response = client.get("/fr/label/verifier/", {"code": typed})

    assert response.status_code == 302
    assert response["Location"] == f"/fr/label/verifier/{code}/"
    assert client.get("/fr/label/verifier/", {"code": "pln-inconnu"}).status_code == 404


@pytest.mark.parametrize("written", ["lower", "spaced", "no hyphen"])
def test_a_lowercase_or_spaced_code_in_the_address_redirects_to_the_canonical_one(client, labels, written):
    code = labels["valid"][0].provider.label_code
    variant = {"lower": code.lower(), "spaced": code.replace("-", " "), "no hyphen": code.replace("-", "")}

    response = client.get(f"/en/label/verifier/{variant[written]}/")

    assert response.status_code == 302
    assert response["Location"] == f"/en/label/verifier/{code}/"


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_an_unknown_code_is_a_helpful_404(client, labels, language):
    response = client.get(f"/{language}/label/verifier/PLN-INCONNU/")
    html = response.content.decode()

    assert response.status_code == 404
    assert in_language(language, "Unknown label code", escaped=False) in html
    assert "PLN-ABC234" in html  # what a code looks like
    assert f'href="/{language}/label/"' in html
    assert 'name="code"' in html and 'value="PLN-INCONNU"' in html


def test_a_provider_without_a_label_is_unknown(client, labels):
    pending = ProviderFactory(name="Sans Label", label_code="PLN-PENDIN")
    assert client.get(f"/fr/label/verifier/{pending.label_code}/").status_code == 404


def test_an_empty_code_says_what_to_type(client, labels):
    response = client.get("/fr/label/verifier/", {"code": "  "})
    html = response.content.decode()

    assert response.status_code == 400
    assert 'aria-invalid="true"' in html
    assert in_language("fr", "Type the label code written on the badge, for example PLN-ABC234.") in html


@pytest.mark.parametrize("state", ["expired", "revoked"])
def test_an_expired_or_revoked_label_says_so_first_and_shows_no_validity(client, labels, state):
    label = labels[state]
    html = client.get(f"/fr/label/verifier/{label.provider.label_code}/").content.decode()
    main = html[html.index("<h1") :]

    title = {"expired": "Expired label", "revoked": "Revoked label"}[state]
    assert main.index(in_language("fr", title)) < main.index(label.provider.name.replace("'", "&#x27;"))
    assert in_language("fr", "Valid until") not in main
    assert in_language("fr", "Valid from") not in main
    assert not re.search(r"(Valide|Valid) jusqu", main)


def test_the_application_breadcrumb_says_candidater(client, provider_user):
    ProviderFactory(user=provider_user)
    client.force_login(provider_user)

    html = client.get("/fr/label/candidater/").content.decode()
    breadcrumb = html[html.index('class="breadcrumb"') :]
    breadcrumb = breadcrumb[: breadcrumb.index("</nav>")]

    assert "Candidater" in breadcrumb and "Appliquer" not in breadcrumb
