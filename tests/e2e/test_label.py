"""The label in a real browser: a provider applies on a phone; axe scans of the directory, the
verification page, the signatories and the application form."""

import io
import json
import urllib.request

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import expect

from tests.e2e.conftest import record_axe

axe = Axe()


def png() -> bytes:
    """A real image: evidence is decoded and re-encoded, so a bare signature is refused."""
    output = io.BytesIO()
    Image.new("RGB", (40, 30), (11, 93, 79)).save(output, "PNG")
    return output.getvalue()


def sign_in(page, email, password):
    page.goto("/fr/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("main form [type=submit]").click()


def no_serious_violation(page, path):
    violations = axe.run(page).response["violations"]
    record_axe(path, violations)
    blocking = [v for v in violations if v["impact"] in {"serious", "critical"}]
    assert not blocking, [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in blocking]


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_a_provider_presents_its_company_and_applies_on_a_phone(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport={"width": 360, "height": 740}, locale="fr-FR")
    page = context.new_page()
    sign_in(page, "usager@demo.example", "demo-usager-972")

    page.goto("/fr/label/")
    page.get_by_role("link", name="Votre entreprise candidate au label").click()
    assert page.url.endswith("/fr/label/profil/")  # the company first
    page.get_by_label("Nom de l’entreprise").fill("Madinina Web (démo e2e)")
    page.get_by_label("Numéro SIRET").fill("732 829 320 00075")  # a typo
    page.get_by_label("Commune de l’entreprise").fill("Le Lorrain")
    page.get_by_label("Combien de personnes travaillent dans l’entreprise ?").fill("2")
    page.get_by_label("Ce que fait l’entreprise, en français").fill("Sites web pour les commerces du Nord.")
    page.get_by_label("Nom de la solution").fill("Site vitrine")
    page.get_by_label("Catégorie").select_option("developpement")
    page.get_by_label("Description", exact=True).fill("Un site en une semaine.")
    page.get_by_role("button", name="Enregistrer").click()
    siret_error = "Un numéro SIRET comporte 14 chiffres"
    expect(page.locator(".error-summary").get_by_text(siret_error)).to_be_visible()  # listed, linked
    expect(
        page.locator(".form-field__error").get_by_text(siret_error)
    ).to_be_visible()  # explained, input kept
    assert page.get_by_label("Nom de l’entreprise").input_value() == "Madinina Web (démo e2e)"
    page.get_by_label("Numéro SIRET").fill("732 829 320 00074")
    page.get_by_role("button", name="Enregistrer").click()

    assert page.url.endswith("/fr/label/candidater/")
    for answer in page.locator("textarea[name^=criterion_]").all():
        answer.fill("Oui : équipe de deux personnes au Lorrain, support sur place.")
    page.get_by_label("J’ai lu la charte du label et mon entreprise s’y engage.").check()
    page.get_by_label("Ajouter une pièce justificative").set_input_files(
        files=[{"name": "kbis.png", "mimeType": "image/png", "buffer": png()}]
    )
    assert overflow(page) <= 0
    page.get_by_role("button", name="Enregistrer et envoyer pour examen").click()

    assert "/fr/label/candidatures/" in page.url
    expect(page.get_by_text("Votre candidature est envoyée.")).to_be_visible()
    expect(page.get_by_role("link", name="kbis.png")).to_be_visible()
    assert overflow(page) <= 0
    context.close()


def valid_code(base_url) -> str:
    with urllib.request.urlopen(f"{base_url}/api/label/registre.json") as response:
        return json.load(response)["results"][0]["code"]


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_public_label_pages_have_no_serious_accessibility_violation(page, base_url, language):
    code = valid_code(base_url)
    for path in (
        f"/{language}/label/?categorie=developpement",
        f"/{language}/label/verifier/{code}/",
        f"/{language}/label/signataires/",
    ):
        page.goto(path)
        assert page.locator("html").get_attribute("lang") == language
        no_serious_violation(page, path)


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_application_form_has_no_serious_accessibility_violation(page, language):
    sign_in(page, "prestataire.formaweb@demo.example", "demo-prestataire-972")  # changes requested
    for path in (f"/{language}/label/candidater/", f"/{language}/label/profil/"):
        page.goto(path)
        assert page.locator("textarea").count() >= 4, path
        no_serious_violation(page, path)


@pytest.mark.parametrize("path", ["/fr/label/", "/fr/label/signataires/"])
def test_label_pages_fit_a_320_px_screen(browser, base_url, path):
    context = browser.new_context(base_url=base_url, viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(path)
    assert overflow(page) <= 0
    context.close()
