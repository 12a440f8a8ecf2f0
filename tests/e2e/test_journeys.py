"""Key journeys in a real browser: languages, keyboard, small screens, no JavaScript, sign-up."""

import re
import sqlite3

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from demo.catalogue import demo_programme_path
from demo.site import PAGES
from tests.e2e.conftest import record_axe
from tests.e2e.staff import fresh_totp_code

SLUGS = {page["key"]: page["slug"] for page in PAGES}
TRAINING = {lang: f"/{lang}/{getattr(SLUGS['formations'], lang)}/" for lang in ("fr", "en", "es")}


def test_root_opens_in_the_browsers_language(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="es-ES")
    page = context.new_page()
    page.goto("/")
    assert page.url == f"{base_url}/es/"
    assert page.locator("html").get_attribute("lang") == "es"
    context.close()


def test_root_opens_in_the_language_last_read(browser, base_url):
    """The page's script remembers the language (the server sets no cookie: pages are cached)."""
    context = browser.new_context(base_url=base_url, locale="fr-FR")
    page = context.new_page()
    response = page.goto(TRAINING["es"])
    assert "set-cookie" not in response.headers
    page.wait_for_function("document.cookie.includes('django_language=es')")
    page.goto("/")
    assert page.url == f"{base_url}/es/"
    context.close()


def test_language_switcher_lands_on_the_translated_page(page):
    page.goto(TRAINING["fr"])
    page.get_by_role("navigation", name="Choisir une langue").get_by_role("link", name="English").click()
    assert page.url.endswith(TRAINING["en"])
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("navigation", name="Choose a language").get_by_role("link", name="Español").click()
    assert page.url.endswith(TRAINING["es"])


def test_home_leads_to_every_journey(page):
    page.goto("/fr/")
    journeys = page.locator(".card--journey .card__link")
    expect(journeys).to_have_count(5)
    journeys.first.click()
    assert page.url.endswith(TRAINING["fr"])
    expect(page.locator("h1")).to_be_visible()


def test_keyboard_user_can_skip_to_the_content(page):
    page.goto("/fr/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Aller au contenu principal"
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("width", [320, 360, 640])  # 640 px = a 1280 px screen at 200 % zoom
@pytest.mark.parametrize(
    "path", ["/fr/", TRAINING["fr"], "/fr/formations/", demo_programme_path(3, "fr"), "/fr/accounts/signup/"]
)
def test_no_sideways_scrolling_on_small_screens_and_at_200_percent(browser, base_url, width, path):
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(path)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert overflow <= 0, f"{path} scrolls {overflow}px sideways at {width}px"


def test_everything_works_without_javascript(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(TRAINING["fr"])
    question = page.locator("details.accordion__item").first
    question.locator("summary").click()
    assert question.get_attribute("open") is not None
    page.get_by_role("navigation", name="Choisir une langue").get_by_role("link", name="Español").click()
    assert page.url.endswith(TRAINING["es"])
    context.close()


def captcha_answer(server_env, page):
    key = page.locator("input[name=captcha_0]").input_value()
    with sqlite3.connect(server_env["E2E_DATABASE"]) as db:
        return db.execute("SELECT response FROM captcha_captchastore WHERE hashkey = ?", (key,)).fetchone()[0]


def test_sign_up_explains_mistakes_keeps_input_then_asks_to_verify(page, server_env):
    page.goto("/fr/accounts/signup/")
    page.get_by_label("E-mail").fill("madi@example.org")
    page.get_by_label("Mot de passe", exact=True).fill("Madinina-2026!")
    page.get_by_label("Mot de passe (confirmation)", exact=True).fill("Madinina-2025!")
    page.get_by_label("Vérification anti-spam").fill(captcha_answer(server_env, page))
    page.get_by_role("button", name="Création de compte").click()

    mismatch = "Vous devez saisir deux fois le même mot de passe"
    expect(
        page.locator(".error-summary").get_by_text(mismatch)
    ).to_be_visible()  # listed, linked to the field
    expect(page.locator(".form-field__error").get_by_text(mismatch)).to_be_visible()
    assert page.get_by_label("E-mail").input_value() == "madi@example.org"

    page.get_by_label("Mot de passe", exact=True).fill("Madinina-2026!")
    page.get_by_label("Mot de passe (confirmation)", exact=True).fill("Madinina-2026!")
    page.get_by_label("Vérification anti-spam").fill(captcha_answer(server_env, page))
    page.get_by_role("button", name="Création de compte").click()

    assert page.url.endswith("/fr/accounts/confirm-email/")
    assert page.locator("html").get_attribute("lang") == "fr"


def test_editor_reaches_the_admin_with_password_and_totp_code(page, server_env):
    page.goto("/admin/")
    assert "/fr/accounts/login/" in page.url

    page.get_by_label("E-mail", exact=True).fill("editeur@demo.example")
    page.get_by_label("Mot de passe", exact=True).fill("demo-editeur-972")
    page.get_by_role("button", name="Connexion").click()
    assert "/fr/accounts/2fa/authenticate/" in page.url  # the password alone is not enough

    page.get_by_label("Code", exact=True).fill(fresh_totp_code(server_env, "editeur@demo.example"))
    page.get_by_role("button", name="Connexion").click()

    assert page.url.endswith("/admin/")
    assert page.title().startswith("Tableau de bord")


def test_a_tpe_owner_finds_funding_on_a_phone_without_javascript(browser, base_url):
    context = browser.new_context(
        base_url=base_url, java_script_enabled=False, viewport={"width": 360, "height": 740}, locale="fr-FR"
    )
    page = context.new_page()
    page.goto("/fr/")
    page.locator(".card--funding .card__link").click()
    page.get_by_role("link", name="Trouver mon financement").click()

    page.get_by_label("Très petite entreprise (moins de 10 salariés)").check()
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Commerce").check()
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Votre commune").fill("lorain")
    page.get_by_role("button", name="Suivant").click()
    # explained under the field, and the error summary links to it; answers kept
    expect(page.locator("#id_commune_error").get_by_text("Vouliez-vous dire Le Lorrain ?")).to_be_visible()
    assert page.get_by_role("link", name=re.compile("« lorain » n’est pas une commune")).get_attribute(
        "href"
    ) == ("#id_commune")
    page.get_by_label("Votre commune").fill("Le Lorrain")
    page.get_by_role("button", name="Suivant").click()
    page.get_by_text("Question 4 sur 5").wait_for()  # the next question has arrived
    page.go_back()  # the browser's Back returns to the previous question, not to a resubmit warning
    page.get_by_text("Question 3 sur 5").wait_for()
    assert "commune=lorain" in page.url
    expect(page.get_by_label("Votre commune")).to_be_visible()
    page.go_forward()
    page.get_by_text("Question 4 sur 5").wait_for()
    page.get_by_label("Site internet").check()  # Mofwazaj funds "digital transformation", websites included
    page.get_by_role("button", name="Suivant").click()
    page.get_by_role("button", name="Suivant").click()  # headcount is optional

    expect(page.get_by_role("heading", name=re.compile(r"^\d+ dispositifs? correspond"))).to_be_visible()
    expect(page.get_by_role("link", name="Mofwazaj Dijital")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    context.close()


def test_a_learner_in_le_lorrain_finds_a_training_on_a_phone_without_javascript(browser, base_url):
    context = browser.new_context(
        base_url=base_url, java_script_enabled=False, viewport={"width": 360, "height": 740}, locale="fr-FR"
    )
    page = context.new_page()
    page.goto("/fr/")
    page.locator(".site-menu > summary").click()  # the menu is folded on a phone
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Formations").click()
    total = page.get_by_role("heading", name="110 formations")
    expect(total).to_be_visible()

    page.locator(".filter-panel > summary").click()  # so are the filters, below the results' count
    page.get_by_label("Niveau 5 (bac+2)").check()
    page.get_by_label("Apprentissage").check()
    page.get_by_label("Commune de Martinique").fill("lorain")
    page.get_by_role("button", name="Afficher les formations").click()
    expect(
        page.get_by_text("Vouliez-vous dire Le Lorrain ?")
    ).to_be_visible()  # explained, other filters kept
    expect(page.get_by_label("Niveau 5 (bac+2)")).to_be_checked()
    assert page.get_by_label("Commune de Martinique").input_value() == "lorain"
    page.get_by_label("Commune de Martinique").fill("")
    page.get_by_role("button", name="Afficher les formations").click()
    results = page.get_by_role("heading", name=re.compile(r"^\d+ formations?$"))
    assert int(results.inner_text().split()[0]) < 110

    page.goto(demo_programme_path(3, "fr"))
    expect(
        page.get_by_role("heading", name="BTS Gestion des systèmes d'information", level=1)
    ).to_be_visible()
    expect(page.get_by_text("exemple (données de démonstration)").first).to_be_visible()
    expect(page.get_by_text("(session passée)")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Ajouter à mon agenda")).first.click()
    assert download.value.suggested_filename.endswith(".ics")
    expect(page.get_by_role("heading", name="Demander conseil")).to_be_visible()
    expect(page.get_by_role("link", name="Pour moi")).to_be_visible()  # a learner's own request
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    context.close()


def test_a_tpe_owner_asks_for_help_on_a_phone_without_javascript(browser, base_url, server_env):
    context = browser.new_context(
        base_url=base_url, java_script_enabled=False, viewport={"width": 360, "height": 740}, locale="fr-FR"
    )
    page = context.new_page()
    page.goto("/fr/")
    page.locator(".site-menu > summary").click()
    page.locator("a.site-header__request").click()
    page.locator("main a.button").click()

    page.locator("[name=siret]").fill("732 829 320 00075")  # one digit wrong
    page.locator("[name=company_name]").fill("Ti Kaz Créole")
    page.locator("input[name=sector][value=commerce]").check()
    page.locator("[name=headcount]").fill("3")
    page.locator("[name=commune]").fill("Le Lorrain")
    page.locator("main button[type=submit]").click()
    expect(page.locator(".form-field__error").first).to_be_visible()  # explained, and nothing typed is lost
    assert page.locator("[name=company_name]").input_value() == "Ti Kaz Créole"
    page.locator("[name=siret]").fill("732 829 320 00074")
    page.locator("main button[type=submit]").click()

    page.locator("input[name=needs][value=site-web]").check()
    page.locator("main button[type=submit]").click()
    page.locator("[name=contact_name]").wait_for()  # the next step is there before going back
    page.go_back()  # the browser's Back shows the previous step with its answers
    expect(page.locator("input[name=needs][value=site-web]")).to_be_checked()
    page.locator("main button[type=submit]").click()

    page.locator("[name=contact_name]").fill("Léa Marie")
    page.locator("[name=email]").fill("lea@example.org")
    page.locator("input[name=preferred_channel][value=email]").check()
    page.locator("main button[type=submit]").click()

    expect(page.get_by_text("Ti Kaz Créole")).to_be_visible()  # the answers, to check before sending
    page.locator("[name=consent]").check()
    page.locator("[name=captcha_1]").fill(captcha_answer(server_env, page))
    page.locator("main button[type=submit]").click()

    assert "/fr/guichet/suivi/" in page.url
    assert page.locator("h1").inner_text().startswith(("Demande GU-", "Request GU-"))
    expect(page.get_by_text("CAP Nord Martinique").first).to_be_visible()  # who will call, and why
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    tracking = page.url
    context.close()

    scan = browser.new_page()  # axe needs JavaScript
    scan.goto(tracking)
    violations = Axe().run(scan).response["violations"]
    record_axe(tracking.removeprefix(base_url).split("GU-")[0] + "…", violations)
    assert not [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]
    scan.close()
