"""Buyers' needs in a real browser: a commune's buyer posts a need on a phone, the CTM publishes it
(written to the database: the admin screen is covered by tests/besoins), two providers answer, the
buyer closes it with one; axe finds nothing on the directory and the need form in fr, en and es."""

import re
import sqlite3

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import record_axe
from tests.e2e.test_journeys import captcha_answer
from tests.e2e.test_label import overflow, sign_in
from tests.utils import in_language

axe = Axe()
PHONE = {"width": 375, "height": 740}
TITLE = "Tablettes pour l'école du bourg (e2e)"


def submit(page, selector="main form button[type=submit]"):
    with page.expect_navigation():
        page.locator(selector).first.click()


def test_a_commune_posts_a_need_on_a_phone_two_providers_answer_it_closes_it(browser, base_url, server_env):
    buyer = browser.new_context(base_url=base_url, viewport=PHONE, locale="fr-FR").new_page()
    buyer.goto("/fr/besoins/deposer/")
    buyer.locator("#id_title").fill(TITLE)
    buyer.locator("#id_description").fill(
        "Vingt tablettes pour la classe numérique, avec la formation des maîtres."
    )
    buyer.locator("#id_category").select_option("developpement")
    buyer.locator("input[name=budget][value='5k-20k']").check()
    buyer.locator("#id_deadline").fill("2030-06-30")
    buyer.locator("#id_commune").fill("le marin")
    buyer.locator("input[name=buyer_kind][value=commune]").check()
    buyer.locator("#id_organisation").fill("Mairie du Marin (démo)")
    buyer.locator("#id_email").fill("acheteur.marin@example.org")
    buyer.locator("[name=captcha_1]").fill(captcha_answer(server_env, buyer))
    submit(buyer)  # the consent is missing: explained, what was typed is kept
    expect(buyer.locator(".error-summary")).to_be_visible()
    assert buyer.locator("#id_title").input_value() == TITLE
    buyer.locator("#id_consent").check()
    buyer.locator("[name=captcha_1]").fill(captcha_answer(server_env, buyer))
    submit(buyer)
    assert "/fr/besoins/suivi/" in buyer.url
    tracking = buyer.url
    assert overflow(buyer) <= 0

    with sqlite3.connect(server_env["E2E_DATABASE"]) as db:  # the CTM moderator publishes it
        db.execute(
            "UPDATE besoins_need SET status = 'published', published_at = datetime('now') WHERE title = ?",
            (TITLE,),
        )

    for email, text in (
        ("prestataire.kalbas@demo.example", "Vingt tablettes, installation et formation en deux semaines."),
        ("prestataire.kod-antiy@demo.example", "Tablettes reconditionnées, garantie deux ans."),
    ):
        provider = browser.new_context(base_url=base_url, viewport=PHONE, locale="fr-FR").new_page()
        sign_in(provider, email, "demo-prestataire-972")
        provider.goto("/fr/besoins/prestataire/")
        with provider.expect_navigation():
            provider.get_by_role("link", name=TITLE).click()
        provider.locator("#id_text").fill(text)
        submit(provider)
        expect(provider.get_by_text(text)).to_be_visible()  # the proposal, as the buyer will read it
        provider.context.close()

    buyer.goto(tracking)
    expect(buyer.get_by_text("Vingt tablettes, installation et formation en deux semaines.")).to_be_visible()
    expect(buyer.get_by_text("Tablettes reconditionnées, garantie deux ans.")).to_be_visible()
    assert overflow(buyer) <= 0
    buyer.get_by_role("radio", name=re.compile("Kalbas")).check()
    submit(buyer, "button[name=close]")
    assert buyer.locator(".need-status").inner_text() == in_language("fr", "Closed", escaped=False)
    expect(buyer.get_by_text(re.compile("Kalbas Numérik")).first).to_be_visible()
    buyer.context.close()


@pytest.mark.parametrize("language", ["fr", "en", "es"])
@pytest.mark.parametrize("path", ["/label/annuaire/", "/besoins/deposer/"])
def test_no_axe_violation_on_the_directory_and_the_need_form(page, language, path):
    url = f"/{language}{path}"
    page.goto(url)
    violations = axe.run(page).response["violations"]
    record_axe(url, violations)
    assert violations == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in violations]
