"""The API's documentation page in the browser: Swagger UI from the site itself, under the site's CSP."""

from playwright.sync_api import expect


def test_the_api_docs_render_and_run_a_query_without_breaking_the_csp(page):
    refused = []  # CSP refusals in the console, and any request to another host (a CDN)
    page.on("console", lambda message: refused.append(message.text) if "Refused" in message.text else None)
    page.on("request", lambda request: None if "127.0.0.1" in request.url else refused.append(request.url))
    page.goto("/api/v1/docs/")
    operation = page.locator("#operations-places-lieux_api_places")
    expect(operation).to_be_visible()
    expect(page.get_by_text("/api/v1/search/suggestions/", exact=True)).to_be_visible()

    operation.locator(".opblock-summary-control").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()
    expect(operation.locator(".live-responses-table tbody .response-col_status")).to_have_text("200")
    assert refused == []
