"""A learner far from Fort-de-France finds a programme near home and reaches its provider."""

import re

import pytest
from playwright.sync_api import expect

from demo.catalogue import INDEX_TEXTS

CATALOGUE = f"/fr/{INDEX_TEXTS['slug'].fr}/"


@pytest.mark.parametrize("width", [375, 1280])
def test_a_learner_in_le_lorrain_finds_a_programme_within_25_km_and_reaches_its_provider(
    browser, base_url, width
):
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": 800}, locale="fr-FR")
    page = context.new_page()
    page.goto(CATALOGUE)
    if width < 1024:
        page.locator(".filter-panel > summary").click()  # on a phone the results come first
    page.get_by_label("Commune de Martinique").fill("le lorrain")
    page.get_by_label("Autour de la commune").select_option(label="à moins de 25 km")
    page.get_by_role("button", name="Afficher les formations").click()

    page.wait_for_url(re.compile(r"commune=le\+lorrain"))
    expect(page.get_by_text("Dans un rayon de 25 km autour de : Le Lorrain")).to_be_visible()
    cards = page.locator(".programme-card")
    assert cards.count() > 0
    distances = [float(d.replace(",", ".")) for d in re.findall(r"à (\d+) km\)", page.inner_text(".results"))]
    assert distances and distances == sorted(distances) and distances[-1] <= 25

    title = cards.first.locator("h3 a").inner_text()
    cards.first.locator("h3 a").click()
    assert page.locator("h1").inner_text() == title
    expect(page.get_by_role("heading", name="Comment s'inscrire")).to_be_visible()
    provider = page.locator(".provider-card__name a")
    name = provider.inner_text()
    provider.click()
    assert page.locator("h1").inner_text() == name
    context.close()
