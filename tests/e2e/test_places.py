"""The places map and the events in a browser: with and without JavaScript, and axe scans."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from demo.places import PLACES
from demo.site import PAGES
from portail.languages import translated_route
from tests.e2e.conftest import record_axe

SLUGS = {page["key"]: page["slug"] for page in PAGES}
MAP = {lang: f"/{lang}/{getattr(SLUGS['tiers-lieux'], lang)}/" for lang in ("fr", "en", "es")}
EVENTS = {lang: f"/{lang}/{getattr(SLUGS['evenements'], lang)}/" for lang in ("fr", "en", "es")}
OUTSIDE = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")
SAINTE_LUCE = {"latitude": 14.4689, "longitude": -60.9236}
axe = Axe()


def new_page(browser, base_url, **options):
    context = browser.new_context(base_url=base_url, locale="fr-FR", **options)
    context.route(OUTSIDE, lambda route: route.abort())  # nothing leaves this machine
    return context, context.new_page()


def titles(page) -> list[str]:
    return page.locator(".results .scheme-card__title a").all_inner_texts()


def test_the_map_page_works_without_javascript(browser, base_url):
    context, page = new_page(browser, base_url, java_script_enabled=False)
    page.goto(MAP["fr"])
    expect(page.locator("#places-map")).to_be_hidden()
    assert len(titles(page)) == len(PLACES)
    page.get_by_label("Le plus proche d’abord, depuis").select_option(label="Sainte-Luce")
    page.get_by_role("button", name="Afficher les lieux").click()
    assert titles(page)[0] == "Up & Space"
    assert "Le plus proche d’abord, depuis Sainte-Luce." in page.locator(".results").inner_text()
    page.goto(MAP["fr"])
    page.get_by_label(re.compile(r"^Fablab \(\d+\)$")).check()  # the label shows its count
    page.get_by_role("button", name="Afficher les lieux").click()
    assert "type=fablab" in page.url
    assert set(titles(page)) == {"La Sphère 972", "Up & Space", "VANLAB"}
    page.get_by_role("link", name="VANLAB").click()
    assert page.locator("h1").inner_text() == "VANLAB"
    context.close()


def test_the_map_shows_clustered_markers_and_sorts_from_the_browser_position(browser, base_url):
    context, page = new_page(
        browser,
        base_url,
        geolocation=SAINTE_LUCE,
        permissions=["geolocation"],
        viewport={"width": 1280, "height": 900},
    )
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(MAP["fr"])
    expect(page.locator("#places-map")).to_be_visible()
    page.locator("#places-map .leaflet-marker-icon").first.wait_for()
    expect(
        page.locator("#places-map .marker-cluster").first
    ).to_be_attached()  # several places share a commune centre
    assert len(titles(page)) == len(PLACES)  # the accessible list stays beside the map
    page.get_by_role("button", name="Utiliser ma position").click()
    page.wait_for_url(re.compile(r"lat=14\.47&lon=-60\.92(&|$)"))  # rounded to about 1 km
    assert titles(page)[0] == "Up & Space"
    assert "depuis votre position" in page.locator(".results").inner_text()
    assert not errors
    context.close()


def test_on_a_phone_the_map_code_loads_only_when_the_map_comes_into_view(browser, base_url):
    context, page = new_page(browser, base_url, viewport={"width": 375, "height": 812})
    page.goto(MAP["fr"])
    page.locator(".results").first.wait_for()
    assert page.evaluate("typeof window.L") == "undefined"  # the list comes first, Leaflet waits
    page.locator("#places-map").scroll_into_view_if_needed()
    page.locator("#places-map .leaflet-marker-icon, #places-map .marker-cluster").first.wait_for()
    context.close()


def test_a_small_screen_has_no_sideways_scrolling_on_the_map_page(browser, base_url):
    context, page = new_page(browser, base_url, viewport={"width": 320, "height": 640})
    page.goto(MAP["fr"])
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()


SCREENS = {  # the places and events of the demo exist in French only: shown under each language's prefix
    "places map": lambda lang: MAP[lang],
    "places map, filtered": lambda lang: MAP[lang] + "?type=fablab&gratuit=on",
    "events listing": lambda lang: EVENTS[lang],
    "place": lambda lang: f"/{lang}/tiers-lieux/la-sphere-972/",
    "place: suggest a correction": lambda lang: (
        f"/{lang}/tiers-lieux/la-sphere-972/{translated_route('corriger/', lang)}"
    ),
    "event": lambda lang: f"/{lang}/evenements/premiers-pas-sur-smartphone/",
    "event: registration form": lambda lang: (
        f"/{lang}/evenements/premiers-pas-sur-smartphone/{translated_route('inscription/', lang)}"
    ),
}
CASES = [(s, lang) for s in SCREENS for lang in ("fr", "en", "es")]


@pytest.mark.parametrize(("screen", "language"), CASES)
def test_no_accessibility_violation_at_all(browser, base_url, screen, language):
    context, page = new_page(browser, base_url)
    path = SCREENS[screen](language)
    response = page.goto(path)
    assert response.status == 200, path
    page.wait_for_load_state("networkidle")
    violations = axe.run(page).response["violations"]
    record_axe(path, violations)
    assert not violations, [
        (v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]]) for v in violations
    ]
    assert page.locator("html").get_attribute("lang") == language
    context.close()
