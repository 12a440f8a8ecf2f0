"""The design system's form pattern in the browser, on a phone: an empty guichet step sends focus to the
error summary, an entry of the summary focuses its field, nothing scrolls sideways, axe finds nothing."""

from playwright.sync_api import expect

from tests.e2e.test_individuals import no_sideways_scroll, no_violation, submit

PHONE = {"width": 375, "height": 812}


def test_an_empty_guichet_step_leads_to_each_field_from_the_error_summary(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport=PHONE, locale="fr-FR")
    page = context.new_page()
    page.goto("/fr/guichet/demande/entreprise/")
    expect(page.locator('.steps [aria-current="step"]')).to_have_count(1)

    submit(page)

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    links = summary.locator("a")
    assert links.count() >= 2
    for index in range(links.count()):
        link = links.nth(index)
        target = link.get_attribute("href")[1:]
        link.click()
        expect(page.locator(f"#{target}")).to_be_focused()
    no_sideways_scroll(page)
    no_violation(page, "/fr/guichet/demande/entreprise/ with errors (375 px)")
    context.close()
