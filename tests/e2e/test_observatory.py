"""The observatory in a browser: axe finds nothing in fr/en/es on a phone and a desktop; the period
selector works without JavaScript; a chart's download is its table."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.e2e.conftest import record_axe

PAGES = {"fr": "/fr/observatoire/", "en": "/en/observatory/", "es": "/es/observatorio/"}
VIEWPORTS = {"375 px": {"width": 375, "height": 800}, "desktop": {"width": 1280, "height": 900}}
axe = Axe()


@pytest.mark.parametrize("language", PAGES)
@pytest.mark.parametrize("screen", VIEWPORTS)
def test_no_accessibility_violation(browser, base_url, language, screen):
    context = browser.new_context(base_url=base_url, locale="fr-FR", viewport=VIEWPORTS[screen])
    page = context.new_page()
    for period in ("", "?periode=tout"):
        page.goto(PAGES[language] + period)
        assert page.locator("svg[role=img]").count() >= 15
        violations = axe.run(page).response["violations"]
        record_axe(PAGES[language] + period, violations)
        assert not violations, [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in violations]
    assert page.locator("html").get_attribute("lang") == language
    if screen == "375 px":  # nothing wider than the screen but the tables' own scrolling regions
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_the_period_selector_without_javascript_shows_a_frozen_quarter(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    page.goto(PAGES["en"])
    options = page.locator("#period option")
    frozen = options.nth(1).get_attribute("value")  # the last ended quarter: frozen by the demo
    page.locator("#period").select_option(frozen)
    with page.expect_navigation():
        page.get_by_role("button", name="Show").click()
    assert f"periode={frozen}" in page.url
    assert "no longer change" in page.locator(".observatory__status").inner_text()
    table = page.locator("#figure-demandes-epci table")
    first_row = table.locator("tbody tr").first.locator("th, td").all_inner_texts()
    response = page.request.get(f"{PAGES['en']}demandes-epci.csv?periode={frozen}")
    assert response.ok and response.text().splitlines()[1].split(",")[0] == first_row[0]
    context.close()
