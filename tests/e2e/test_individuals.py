"""Requests from individuals in the browser: a retired person asks for help by phone only (phone and
desktop widths), a mediator files for someone and prints the receipt; axe finds no violation at all
on the new pages."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import record_axe
from tests.e2e.staff import fresh_totp_code
from tests.e2e.test_journeys import captcha_answer

WIDTHS = {"375 px": {"width": 375, "height": 740}, "desktop": {"width": 1280, "height": 900}}
MEDIATOR = ("mediateur@demo.example", "demo-mediateur-972")


def no_violation(page, label: str) -> None:
    violations = Axe().run(page).response["violations"]
    record_axe(label, violations)
    assert not violations, [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in violations]


def no_sideways_scroll(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0


def submit(page):
    """Send the form and wait for the page it leads to (never check the page being left)."""
    follow(page, page.locator("main button[type=submit]"))


def follow(page, locator):
    with page.expect_navigation():
        locator.click()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_retired_person_asks_for_help_by_phone_only(browser, base_url, server_env, width):
    context = browser.new_context(base_url=base_url, viewport=WIDTHS[width], locale="fr-FR")
    page = context.new_page()
    page.goto("/fr/guichet/")
    follow(page, page.locator('main a[href="/fr/guichet/particulier/"]'))
    no_violation(page, f"/fr/guichet/particulier/ ({width})")
    follow(page, page.locator('main a.button[href$="/particulier/vous/"]'))

    page.locator("input[name=person_status][value=retraite]").check()
    page.locator("input[name=age_band][value='60-plus']").check()
    page.locator("input[name=level][value=aucun]").check()
    page.locator("[name=commune]").fill("Le Lorain")  # a typo: explained, the rest kept
    submit(page)
    expect(page.locator("#errors a[href='#id_commune']")).to_be_visible()
    expect(page.locator("input[name=person_status][value=retraite]")).to_be_checked()
    no_violation(page, f"/fr/guichet/particulier/vous/ with an error ({width})")
    page.locator("[name=commune]").fill("Le Lorrain")
    submit(page)

    page.locator("input[name=goals][value=bases-numeriques]").check()
    page.locator("textarea[name=description]").fill("Apprendre à faire des appels vidéo.")
    submit(page)

    page.locator("[name=contact_name]").fill("Rosette")
    page.locator("[name=phone]").fill("0696 12 34")  # too short: explained, kept
    submit(page)
    expect(page.locator("#errors a[href='#id_phone']")).to_be_visible()
    assert page.locator("[name=contact_name]").input_value() == "Rosette"
    page.locator("[name=phone]").fill("0696 12 34 56")  # no e-mail address at all
    page.locator("input[name=preferred_channel][value=telephone]").check()
    submit(page)

    expect(page.get_by_text("0696 12 34 56")).to_be_visible()  # the answers, to check
    no_violation(page, f"/fr/guichet/particulier/verifier/ ({width})")
    page.locator("[name=consent]").check()
    page.locator("[name=captcha_1]").fill(captcha_answer(server_env, page))
    submit(page)

    page.wait_for_url(re.compile(r"/fr/guichet/suivi/.+envoyee=1"))
    assert page.locator("h1").inner_text().startswith(("Demande GU-", "Request GU-"))
    expect(page.get_by_text("France Services du Lorrain").first).to_be_visible()  # who, and why
    expect(page.get_by_text("0596 59 63 00").first).to_be_visible()  # a number to call
    no_sideways_scroll(page)
    no_violation(page, f"/fr/guichet/suivi/… individual ({width})")
    context.close()


def sign_in_as_mediator(page, server_env):
    page.goto("/fr/accounts/login/?next=/espace-partenaire/mediation/")
    page.locator("#id_login").fill(MEDIATOR[0])
    page.locator("#id_password").fill(MEDIATOR[1])
    page.locator("main form [type=submit]").click()
    page.locator("[name=code]").fill(fresh_totp_code(server_env, MEDIATOR[0]))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/espace-partenaire/mediation/")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_mediator_files_for_someone(browser, base_url, server_env, width):
    context = browser.new_context(base_url=base_url, viewport=WIDTHS[width], locale="fr-FR")
    page = context.new_page()
    sign_in_as_mediator(page, server_env)
    no_violation(page, f"/espace-partenaire/mediation/ ({width})")
    follow(page, page.locator('main a.button[href$="/mediation/demande/vous/"]'))

    page.locator("input[name=person_status][value=jeune]").check()
    page.locator("input[name=age_band][value='moins-26']").check()
    page.locator("input[name=level][value='4']").check()
    page.locator("[name=commune]").fill("97230")  # La Trinité: Nord
    submit(page)
    page.locator("input[name=goals][value=se-former]").check()
    submit(page)
    page.locator("[name=contact_name]").fill("Dylan")
    page.locator("[name=phone]").fill("+596 696 55 44 33")
    submit(page)

    no_violation(page, f"/espace-partenaire/mediation/demande/accord/ ({width})")
    page.locator("input[name=receipt_channel][value=email]").check()  # no e-mail given: refused
    page.locator("input[name=consent_method][value=telephone]").check()
    page.locator("[name=mediator_organisation]").fill("Espace public numérique de Sainte-Luce")
    page.locator("[name=consent]").check()
    submit(page)
    expect(page.locator("#errors a[href='#id_receipt_channel_0']")).to_be_visible()
    expect(page.locator("input[name=consent_method][value=telephone]")).to_be_checked()  # kept
    page.locator("input[name=receipt_channel][value=sms]").check()
    page.locator("[name=consent]").check()
    submit(page)
    assert not page.locator("#errors").count(), page.locator("#errors").inner_text()
    page.wait_for_url(re.compile(r"/espace-partenaire/mediation/recu/GU-"))
    expect(page.get_by_text("Mission locale du Nord de la Martinique").first).to_be_visible()
    assert "+596696554433" in page.content()
    sms = page.locator("#sms-text").input_value()
    assert re.search(r"GU-\d{4}-\d+", sms)
    no_sideways_scroll(page)
    no_violation(page, f"/espace-partenaire/mediation/recu/… ({width})")
    page.goto("/espace-partenaire/mediation/")
    expect(page.get_by_text("Dylan").first).to_be_visible()  # listed, to print the receipt again
    context.close()
