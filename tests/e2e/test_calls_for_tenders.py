"""Calls for tenders in a real browser: a provider filters the listing on a phone and opens a call;
axe scans of the listing and a call's page in French, English and Spanish, at 375 px and on a desktop:
no violation at all."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import record_axe

axe = Axe()
LISTING = {"fr": "/fr/achats/appels/", "en": "/en/purchasing/calls/", "es": "/es/compras/convocatorias/"}
SCREENS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


def no_violation(page, label):
    violations = axe.run(page).response["violations"]
    record_axe(label, violations)
    assert not violations, [
        (v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]]) for v in violations
    ]


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.parametrize("language", LISTING)
@pytest.mark.parametrize("screen", SCREENS)
def test_the_listing_and_a_call_have_no_accessibility_violation(browser, base_url, language, screen):
    context = browser.new_context(base_url=base_url, viewport=SCREENS[screen], locale=f"{language}-FR")
    page = context.new_page()
    page.goto(LISTING[language] + "?categorie=developpement")
    expect(page.locator(".results article").first).to_be_attached()
    no_violation(page, f"{LISTING[language]} ({screen})")
    assert overflow(page) <= 0
    with page.expect_navigation():
        page.locator(".results article h3 a").first.click()
    expect(page.locator("h1")).to_be_visible()
    no_violation(page, f"{page.url.removeprefix(base_url)} ({screen})")
    assert overflow(page) <= 0
    context.close()


def test_a_provider_filters_the_calls_on_a_phone_and_subscribes_to_alerts(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport=SCREENS["phone"], locale="fr-FR")
    page = context.new_page()
    page.goto("/fr/achats/appels/")
    expect(page.locator(".results article")).to_have_count(3)  # the open demo calls; the closed one is hidden
    page.locator(".filter-panel > summary").click()
    page.locator("#id_type").select_option("projet")
    with page.expect_navigation():
        page.locator(".filter-panel [type=submit]").click()
    titles = page.locator(".results article h3").all_inner_texts()
    assert titles and all("projets" in title.lower() for title in titles)
    with page.expect_navigation():
        page.locator(".results article h3 a").first.click()
    with page.expect_navigation():
        page.locator("main a[href*='/alertes/']").first.click()
    expect(
        page.locator("input[name=categories]:checked").first
    ).to_be_attached()  # the call's categories, ticked
    no_violation(page, "/fr/achats/alertes/ (phone)")
    for path in ("/fr/achats/barometre/", "/fr/achats/barometre/resultats/", "/fr/achats/guide/"):
        page.goto(path)
        no_violation(page, f"{path} (phone)")
        assert overflow(page) <= 0
    context.close()
