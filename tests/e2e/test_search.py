"""The search page in the browser: a journey without JavaScript on a phone, suggestions, axe scans."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import record_axe
from tests.utils import in_language

axe = Axe()


def test_a_learner_searches_without_accents_and_narrows_down_on_a_phone_without_javascript(browser, base_url):
    context = browser.new_context(
        base_url=base_url, java_script_enabled=False, viewport={"width": 320, "height": 740}, locale="fr-FR"
    )
    page = context.new_page()
    page.goto("/fr/")
    page.locator(".site-menu > summary").click()  # the header's search box is in the menu on a phone
    page.get_by_role("searchbox", name="Rechercher sur le portail").fill("cybersecurite")
    page.get_by_role("search").get_by_role("button", name=in_language("fr", "Find", escaped=False)).click()
    assert re.search(r"/fr/recherche/\?q=cybersecurite$", page.url)
    total = page.get_by_role("heading", name=re.compile(r"^\d+ résultats?$"))
    before = int(total.inner_text().split()[0])
    assert before > 0
    expect(page.locator("main mark").first).to_be_visible()  # highlighted words

    page.locator(".filter-panel > summary").click()
    page.get_by_role("group", name="Type").get_by_label(re.compile(r"^Formation \(\d+\)$")).check()
    page.get_by_role("button", name="Appliquer").click()
    after = int(page.get_by_role("heading", name=re.compile(r"^\d+ résultats?$")).inner_text().split()[0])
    assert 0 < after <= before
    chip = page.get_by_role("link", name=re.compile("Type : Formation|Type: Formation"))
    expect(chip).to_be_visible()
    chip.click()
    assert (
        int(page.get_by_role("heading", name=re.compile(r"^\d+ résultats?$")).inner_text().split()[0])
        == before
    )
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    context.close()


def test_a_visitor_from_saint_lucia_finds_french_programmes_in_english(page):
    page.goto("/en/search/?q=cybersecurity")
    assert int(page.get_by_role("heading", name=re.compile(r"^\d+ results?$")).inner_text().split()[0]) > 0
    assert (
        page.locator("main article a[lang=fr]").count() + page.locator("main article a:not([lang])").count()
        > 0
    )


def test_suggestions_appear_while_typing(page):
    page.goto("/fr/recherche/")
    page.get_by_label("Formation, financement, lieu, prestataire…").press_sequentially("bts", delay=50)
    page.locator("#search-suggestions option").first.wait_for(state="attached")
    assert page.locator("#search-suggestions option").first.get_attribute("value").lower().startswith("bts")


@pytest.mark.parametrize(
    "path",
    [
        "/fr/recherche/?q=cybers%C3%A9curit%C3%A9&type=formation&niveau=5",
        "/en/search/?q=cybersecurity&sort=distance&near=97209",
        "/es/busqueda/?q=zzzzzz&commune=97214",
        "/fr/recherche/",
    ],
)
def test_no_accessibility_violation_on_the_search_page(page, path):
    page.goto(path)
    violations = axe.run(page).response["violations"]
    record_axe(path, violations)
    assert not violations, [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in violations]
