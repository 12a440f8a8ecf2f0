"""The documents checklist in the browser, on a 320 px phone without JavaScript: from a scheme's page
to the request, then a document sent and an unsafe file refused; axe on the pages it adds to."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import record_axe
from tests.e2e.test_journeys import captcha_answer
from tests.label.factories import PDF_BYTES

SCHEME = "/fr/financements/mofwazaj-dijital/"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'


def no_sideways_scroll(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0


def no_violation(browser, url: str, label: str) -> None:
    scan = browser.new_page()  # axe needs JavaScript
    scan.goto(url)
    violations = Axe().run(scan).response["violations"]
    record_axe(label, violations)
    scan.close()
    assert not violations, [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in violations]


def send(page, item, name, content, mime):
    item.locator("input[type=file]").set_input_files({"name": name, "mimeType": mime, "buffer": content})
    with page.expect_navigation():
        item.locator("button[type=submit]").click()


def test_a_company_prepares_its_documents_on_a_phone(browser, base_url, server_env):
    context = browser.new_context(
        base_url=base_url, java_script_enabled=False, viewport={"width": 320, "height": 700}, locale="fr-FR"
    )
    page = context.new_page()
    page.goto(SCHEME)
    expect(page.locator("#documents + ul li")).to_have_count(4)
    no_sideways_scroll(page)
    page.locator("main a.button[href*='dispositif=']").click()
    page.locator("main a.button").click()

    page.locator("[name=siret]").fill("732 829 320 00074")
    page.locator("[name=company_name]").fill("Ti Kaz Créole")
    page.locator("input[name=sector][value=commerce]").check()
    page.locator("[name=headcount]").fill("3")
    page.locator("[name=commune]").fill("Le Lorrain")
    page.locator("main button[type=submit]").click()
    expect(page.locator("input[name=needs][value=financement]")).to_be_checked()  # from the scheme's link
    page.locator("main button[type=submit]").click()
    page.locator("[name=contact_name]").fill("Léa Marie")
    page.locator("[name=email]").fill("lea@example.org")
    page.locator("input[name=preferred_channel][value=email]").check()
    page.locator("main button[type=submit]").click()
    page.locator("[name=consent]").check()
    page.locator("[name=captcha_1]").fill(captcha_answer(server_env, page))
    page.locator("main button[type=submit]").click()

    assert "/fr/guichet/suivi/" in page.url
    items = page.locator(".document-checklist > li")
    expect(items).to_have_count(4)
    no_sideways_scroll(page)
    send(page, items.nth(0), "kbis.pdf", PDF_BYTES, "application/pdf")
    expect(page.locator(".message--success").first).to_be_visible()
    assert items.nth(0).locator("a[download]").inner_text() == "kbis.pdf"
    expect(items.nth(0).locator("input[name=ready]")).to_be_checked()  # a file sent: the document is ready

    send(page, items.nth(1), "photo.svg", SVG, "image/svg+xml")
    expect(page.locator(".message--error").first).to_be_visible()
    assert "photo.svg" in page.locator(".message--error").first.inner_text()
    expect(items.nth(1).locator("a[download]")).to_have_count(0)
    expect(items.nth(0).locator("a[download]")).to_have_count(1)  # nothing else lost
    no_sideways_scroll(page)
    tracking = page.url.split("#")[0]
    context.close()

    no_violation(browser, base_url + SCHEME, f"{SCHEME} (documents)")
    no_violation(browser, tracking, "/fr/guichet/suivi/… (checklist)")
