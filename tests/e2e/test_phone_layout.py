"""The header and the listings on a phone and a desktop: results first, filters behind a « Filter (n) »
control, a menu toggle that works with and without JavaScript. Page heights and the first result's
offset at 375 px are printed with the figures."""

import re

import pytest
from playwright.sync_api import expect

from demo.site import PAGES
from tests.e2e.conftest import FIGURES

SLUGS = {page["key"]: page["slug"].fr for page in PAGES}
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
LISTINGS = {
    "catalogue": "/fr/formations/",
    "search": "/fr/recherche/?q=formation",
    "funding guide": f"/fr/{SLUGS['financements']}/",
    "map list": f"/fr/{SLUGS['tiers-lieux']}/",
    "events": f"/fr/{SLUGS['evenements']}/",
    "label directory": "/fr/label/",
}
# A filter a visitor may apply, by its checkbox or field, on each listing
FILTERS = {
    "catalogue": "input[name=niveau]",
    "search": "input[name=type]",
    "funding guide": "input[name=aide]",
    "map list": "input[name=ouvert]",
    "events": "input[name=type]",
    "label directory": "select",
}
FIRST_RESULT = "main :is(.scheme-list, .label-directory) > li >> nth=0"
FILTER_TOGGLE = "details.filter-panel > summary"


def first_result_top(page) -> float:
    return page.locator(FIRST_RESULT).bounding_box()["y"]


def page_height(page) -> int:
    return page.evaluate("document.documentElement.scrollHeight")


@pytest.mark.parametrize("listing", LISTINGS)
def test_the_first_result_is_in_the_first_screen_on_a_phone_and_a_desktop(browser, base_url, listing):
    for name, viewport in (("375 px", PHONE), ("1280 px", DESKTOP)):
        context = browser.new_context(base_url=base_url, viewport=viewport, locale="fr-FR")
        page = context.new_page()
        page.goto(LISTINGS[listing])
        top = first_result_top(page)
        FIGURES.append(f"{listing} at {name}: page {page_height(page)} px tall, first result at {top:.0f} px")
        assert top < viewport["height"], (listing, name, top)
        toggle = page.locator(FILTER_TOGGLE)
        if viewport is PHONE:  # closed on a phone, open beside the results on a desktop
            expect(page.locator("details.filter-panel:not([open])")).to_have_count(1)
        else:
            expect(page.locator("details.filter-panel[open]")).to_have_count(1)
            expect(toggle).to_be_hidden()
        context.close()


@pytest.mark.parametrize("listing", LISTINGS)
def test_on_a_phone_the_filter_control_counts_the_filters_and_results_stay_first(browser, base_url, listing):
    context = browser.new_context(base_url=base_url, viewport=PHONE, locale="fr-FR")
    page = context.new_page()
    page.goto(LISTINGS[listing])
    toggle = page.locator(FILTER_TOGGLE)
    assert not re.search(r"\(\d+\)", toggle.inner_text())
    toggle.click()
    field = page.locator(f"details.filter-panel {FILTERS[listing]}").first
    if field.evaluate("element => element.tagName") == "SELECT":
        field.select_option(index=1)
    else:
        field.check()
    with page.expect_navigation():
        page.locator("details.filter-panel [type=submit]").last.click()

    assert re.search(r"\(1\)", page.locator(FILTER_TOGGLE).inner_text()), page.url
    expect(page.locator("details.filter-panel:not([open])")).to_have_count(1)
    if page.locator(FIRST_RESULT).count():
        assert first_result_top(page) < PHONE["height"]
    context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_the_menu_toggle_opens_and_closes_the_menu_on_a_phone(browser, base_url, javascript):
    context = browser.new_context(
        base_url=base_url, viewport=PHONE, locale="fr-FR", java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto("/fr/")
    header = page.locator(".site-header")
    assert header.bounding_box()["height"] <= 120
    menu = page.get_by_role("navigation", name="Menu principal")
    expect(menu).to_be_hidden()
    page.locator(".site-menu > summary").click()
    expect(menu).to_be_visible()
    expect(page.locator(".site-menu .language-switcher")).to_be_visible()
    expect(page.locator(".site-menu a.site-header__request")).to_be_visible()
    if javascript:
        expect(page.locator(".site-menu > summary")).to_have_attribute("aria-expanded", "true")
    page.locator(".site-menu > summary").click()
    expect(menu).to_be_hidden()
    context.close()


def test_the_desktop_header_puts_search_and_tools_on_the_right(page):
    page.set_viewport_size(DESKTOP)
    page.goto("/fr/")
    search = page.locator(".site-header .site-search input[type=search]")
    expect(search).to_be_visible()
    assert search.get_attribute("placeholder")
    assert search.bounding_box()["x"] > DESKTOP["width"] / 3
    expect(page.get_by_role("navigation", name="Menu principal")).to_be_visible()
    expect(page.locator(".site-menu > summary")).to_be_hidden()
