"""No sideways scrolling on a 320 px phone: every public page type, and the partner space."""

import pytest

from demo.catalogue import demo_programme_path
from demo.financements import SCHEMES
from demo.site import PAGES
from tests.e2e.test_partner_space import sign_in

SLUGS = {page["key"]: page["slug"].fr for page in PAGES}
GRANT = next(scheme["slug"].fr for scheme in SCHEMES if scheme["key"] == "mofwazaj-dijital")
NARROW = {"width": 320, "height": 700}
PUBLIC_PAGES = {
    "home": "/fr/",
    "standard page": f"/fr/{SLUGS['formations']}/",
    "catalogue": "/fr/formations/",
    "programme": demo_programme_path(3, "fr"),
    "search": "/fr/recherche/?q=formation",
    "funding guide": f"/fr/{SLUGS['financements']}/",
    "scheme": f"/fr/{SLUGS['financements']}/{GRANT}/",
    "finder": f"/fr/{SLUGS['financements']}/trouver/",
    "guichet step 1": "/fr/guichet/demande/entreprise/",
    "map": f"/fr/{SLUGS['tiers-lieux']}/",
    "place": f"/fr/{SLUGS['tiers-lieux']}/la-sphere-972/",
    "events": f"/fr/{SLUGS['evenements']}/",
    "label directory": "/fr/label/",
    "sign in": "/fr/accounts/login/",
}
# Pages reached by the first link of a listing
FIRST_OF = {
    "an event": (f"/fr/{SLUGS['evenements']}/", ".results .scheme-card__title a"),
    "a label page": ("/fr/label/", "a.label-badge"),
}


def scroll_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("path", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_no_public_page_scrolls_sideways_at_320_px(browser, base_url, path):
    context = browser.new_context(base_url=base_url, viewport=NARROW, locale="fr-FR")
    page = context.new_page()
    page.goto(path)
    width = scroll_width(page)
    page.locator(".site-menu > summary").click()  # the open menu fits too
    menu_width = scroll_width(page)
    context.close()
    assert width <= 320 and menu_width <= 320, (path, width, menu_width)


@pytest.mark.parametrize("kind", FIRST_OF)
def test_an_event_and_a_label_page_fit_320_px(browser, base_url, kind):
    listing, link = FIRST_OF[kind]
    context = browser.new_context(base_url=base_url, viewport=NARROW, locale="fr-FR")
    page = context.new_page()
    page.goto(listing)
    with page.expect_navigation():
        page.locator(link).first.click()
    width = scroll_width(page)
    context.close()
    assert width <= 320, (page.url, width)


def test_the_partner_space_list_and_detail_fit_320_px(browser, base_url, server_env):
    context = browser.new_context(base_url=base_url, viewport=NARROW, locale="fr-FR")
    page = context.new_page()
    sign_in(page, server_env)
    assert scroll_width(page) <= 320
    with page.expect_navigation():
        page.locator("table.request-list tbody tr a").first.click()
    assert scroll_width(page) <= 320, page.url
    context.close()
