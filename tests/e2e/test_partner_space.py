"""An adviser on a phone: signs in, opens the list, takes charge of a request, builds an action plan
with the picker (no script needed), sends it and closes the request. No sideways scroll at 320 px,
no axe violation at all on the list and the detail."""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import FIGURES, record_axe
from tests.e2e.staff import fresh_totp_code

PHONE = {"width": 375, "height": 812}
ADVISER = ("conseil.cap-nord@demo.example", "demo-conseil-972")


def no_violation(page, label: str) -> None:
    violations = Axe().run(page).response["violations"]
    record_axe(label, violations)
    assert not violations, [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in violations]


def width_at_320(page) -> int:
    """The page's width on a 320 px phone; and no sideways scroll on a 1280 px screen zoomed to 200%."""
    page.set_viewport_size({"width": 640, "height": 450})
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    page.set_viewport_size({"width": 320, "height": 700})
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    page.set_viewport_size(PHONE)
    return scroll_width


def follow(page, locator):
    with page.expect_navigation():
        locator.click()


def sign_in(page, server_env):
    page.goto("/fr/accounts/login/?next=/espace-partenaire/")
    page.locator("#id_login").fill(ADVISER[0])
    page.locator("#id_password").fill(ADVISER[1])
    page.locator("main form [type=submit]").click()
    page.locator("[name=code]").fill(fresh_totp_code(server_env, ADVISER[0]))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/espace-partenaire/")


def test_an_adviser_on_a_phone_takes_plans_and_closes(browser, base_url, server_env):
    context = browser.new_context(base_url=base_url, viewport=PHONE, locale="fr-FR")
    page = context.new_page()
    sign_in(page, server_env)

    expect(page.locator(".site-header")).to_have_count(0)  # the partner space's own bar
    expect(page.locator("header.partner-bar nav a[aria-current=page]")).to_have_count(1)
    no_violation(page, "/espace-partenaire/ (375 px)")
    list_width = width_at_320(page)
    assert list_width <= 320, list_width

    page.locator("select[name=statut]").select_option("routed")
    follow(page, page.locator("form.filters button[type=submit]"))
    first = page.locator("table.request-list tbody tr").first
    expect(first.locator("td[data-label]").first).to_be_visible()  # a card: each cell with its column's name
    follow(page, first.locator("a").first)
    reference = page.locator("h1").inner_text().split(" – ")[0]
    assert re.fullmatch(r"GU-\d{4}-\d+", reference)

    follow(page, page.get_by_role("button", name=re.compile("Prendre en charge|Take in charge")))
    no_violation(page, f"/espace-partenaire/demandes/{reference}/ (375 px)")
    detail_width = width_at_320(page)
    assert detail_width <= 320, detail_width

    page.locator("#plan-q").fill("NDRC")
    follow(page, page.locator("button[name=search]"))
    trainings = page.locator("input[name=trainings]")
    assert trainings.count() >= 2  # namesakes, told apart by their details
    details = page.locator("fieldset.plan-group").first.locator(".plan-choice__details").all_inner_texts()
    assert len(set(details)) == len(details), details
    trainings.first.check()
    page.locator("#id_note").fill("Une formation pour votre vendeuse.")
    page.locator("#plan-q").fill("site")  # a second search keeps the training ticked
    follow(page, page.locator("button[name=search]"))
    expect(page.locator("input[name=trainings]:checked")).to_have_count(1)
    assert page.locator("#id_note").input_value() == "Une formation pour votre vendeuse."
    no_violation(page, f"/espace-partenaire/demandes/{reference}/plan/ (picker, 375 px)")
    follow(page, page.locator("form.plan-picker button:not([name=search])"))
    expect(page.locator("#action-plan li").first).to_be_attached()

    page.locator("details", has=page.locator("#outcome-close")).locator("summary").click()
    page.locator("#outcome-close").select_option("accompanied")
    follow(page, page.locator("form.partner-action:has(#outcome-close) button[type=submit]"))
    expect(page.locator(".message--success")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Rouvrir|Reopen"))).to_be_visible()
    FIGURES.append(f"partner space at 320 px: list {list_width} px wide, detail {detail_width} px wide")
    context.close()
