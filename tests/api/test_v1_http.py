"""/api/v1/ as HTTP: problem details, ETag and 304, CORS, throttling, the docs page without CDN."""

import re

import pytest

PROBLEM = "application/problem+json"


def assert_problem(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status and body["type"] == "about:blank" and body["title"]
    return body


def test_an_unknown_url_is_a_404_problem(client, db):
    assert_problem(client.get("/api/v1/nothing-here/"), 404)


def test_a_parameter_of_the_wrong_type_is_a_422_problem_listing_it(client, db):
    body = assert_problem(client.get("/api/v1/label/registre/", {"limit": "many"}), 422)
    assert [error["loc"] for error in body["errors"]] == [["query", "limit"]]


def test_a_limit_beyond_the_maximum_is_refused(client, db):
    assert_problem(client.get("/api/v1/lieux/", {"limit": 201}), 422)


def test_an_incomplete_eligibility_profile_is_a_422_problem_naming_each_field(client, db):
    body = assert_problem(client.get("/api/v1/financements/eligibilite/", {"secteur": "commerce"}), 422)
    assert [error["loc"] for error in body["errors"]] == [["query", "beneficiaire"], ["query", "commune"]]


def test_a_commune_not_of_martinique_is_a_400_problem_explaining_it(client, db):
    profile = {"beneficiaire": "tpe", "secteur": "commerce", "commune": "Pointe-à-Pitre"}
    body = assert_problem(client.get("/api/v1/financements/eligibilite/", profile), 400)
    assert set(body["errors"]) == {"commune"}


def test_a_method_not_allowed_is_a_405_problem(client, db):
    response = client.post("/api/v1/lieux/")
    assert_problem(response, 405)
    assert "GET" in response["Allow"]


def test_a_get_has_an_etag_and_the_same_etag_gets_a_304(client, db):
    first = client.get("/api/v1/label/registre/")
    assert first.status_code == 200 and re.fullmatch(r'"[0-9a-f]{32}"', first["ETag"])
    again = client.get("/api/v1/label/registre/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    other = client.get("/api/v1/label/registre/", HTTP_IF_NONE_MATCH='"0000"')
    assert other.status_code == 200


def test_anonymous_reads_are_open_to_every_origin(client, db):
    response = client.get("/api/v1/lieux/", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_a_cors_preflight_is_answered(client, db):
    response = client.options(
        "/api/v1/search/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]


def test_a_client_over_the_rate_gets_a_429_problem_with_retry_after(client, db, settings):
    settings.API_THROTTLE_RATE = "2/m"
    assert client.get("/api/v1/lieux/").status_code == 200
    assert client.get("/api/v1/label/registre/").status_code == 200
    response = client.get("/api/v1/lieux/")
    assert_problem(response, 429)
    assert 1 <= int(response["Retry-After"]) <= 60
    other_client = client.get("/api/v1/lieux/", REMOTE_ADDR="192.0.2.7")
    assert other_client.status_code == 200


@pytest.mark.parametrize("url", ["/api/v1/docs/"])
def test_the_docs_page_loads_swagger_ui_from_the_site_itself(client, db, url):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "/static/vendor/swagger-ui-5.32.4/swagger-ui-bundle.js" in sources
    assert "/static/vendor/swagger-ui-5.32.4/swagger-ui.css" in sources
    assert all(source.startswith("/static/") for source in sources), sources
    assert "<script>" not in html  # no inline code: the site's CSP allows none
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert '"url": "/api/v1/openapi.json"' in html
