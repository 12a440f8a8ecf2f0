"""Each dataset of /api/v1/ answers the same data as today's URL, paginated the same way for all."""

import pytest

from django.urls import get_resolver

from portail.api import api
from tests.utils import in_language

pytestmark = pytest.mark.django_db


def test_every_route_under_api_v1_is_in_the_openapi_description(client):
    documented = set(client.get("/api/v1/openapi.json").json()["paths"])
    resolver = get_resolver()
    routes = set()
    for pattern in resolver.url_patterns:
        if str(pattern.pattern) == "api/v1/":
            routes |= {
                "/api/v1/" + str(inner.pattern).replace("<", "{").replace(">", "}")
                for inner in pattern.url_patterns
            }
    # ninja's root (a 404 here), the description and its page
    routes -= {"/api/v1/", "/api/v1/openapi.json", "/api/v1/docs/"}
    assert routes == documented
    assert documented == {
        "/api/v1/catalogue.jsonld",
        "/api/v1/achats/appels/",
        "/api/v1/catalogue/formations/",
        "/api/v1/evenements/",
        "/api/v1/financements/aides-territoires.csv",
        "/api/v1/financements/aides-territoires.json",
        "/api/v1/financements/dispositifs/",
        "/api/v1/financements/eligibilite/",
        "/api/v1/guichet/statistiques/",
        "/api/v1/label/registre/",
        "/api/v1/lieux/",
        "/api/v1/observatoire/",
        "/api/v1/observatoire/instantanes/",
        "/api/v1/search/",
        "/api/v1/search/suggestions/",
    }
    assert api.get_openapi_schema()["info"]["version"] == "1"


def test_a_list_is_paginated_with_count_and_links(client, open_data):
    first = client.get("/api/v1/lieux/", {"limit": 2}).json()
    assert first["count"] == 3 and len(first["results"]) == 2
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/lieux/?limit=2&offset=2"
    second = client.get(first["next"]).json()
    assert [place["name"] for place in second["results"]] == ["Tiers-lieu du Nord"]
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/v1/lieux/?limit=2&offset=0"


def test_the_label_registry_is_the_open_data_registry(client, open_data):
    new = client.get("/api/v1/label/registre/").json()
    old = client.get("/api/label/registre.json").json()
    assert new["count"] == 3 and new["results"] == old["results"]


def test_the_places_are_those_of_the_national_file(client, open_data):
    features = client.get("/api/lieux.geojson").json()["features"]
    places = client.get("/api/v1/lieux/").json()["results"]
    assert [place["name"] for place in places] == [f["properties"]["nom"] for f in features]
    assert places[0]["commune"] == "Fort-de-France" and places[0]["epci"] == "CACEM"


def test_the_guichet_statistics_are_the_open_data_figures(client, open_data):
    old = client.get("/api/guichet/statistiques.json").json()
    assert client.get("/api/v1/guichet/statistiques/").json() == old


def test_the_search_answers_as_the_old_search_api_with_page_links(client, open_data):
    params = {"q": "cybersecurity", "lang": "en"}
    old = client.get("/api/search/", params).json()
    new = client.get("/api/v1/search/", params).json()
    assert new["count"] == old["count"] == 1
    assert new["results"] == old["results"] and new["facets"] == old["facets"]
    assert new["next"] is None and new["previous"] is None
    assert client.get("/api/v1/search/", {"page": "0"}).status_code == 422
    assert client.get("/api/v1/search/", {"radius": "5"}).json()["errors"] == [
        in_language("fr", "To search within a radius, choose the commune to measure from.", escaped=False)
    ]


def test_the_search_filters_by_facet_and_links_the_next_page(client, open_data):
    data = client.get("/api/v1/search/", {"type": "lieu"}).json()
    assert data["count"] == 3 and {hit["type"] for hit in data["results"]} == {"lieu"}
    many = client.get("/api/v1/search/", {"type": "formation"}).json()
    assert many["count"] == 7 and many["pages"] == 1 and many["next"] is None


def test_the_suggestions_are_those_of_the_old_api(client, open_data):
    params = {"q": "cyber", "lang": "fr"}
    assert client.get("/api/v1/search/suggestions/", params).json() == (
        client.get("/api/search/suggestions/", params).json()
    )


def test_the_eligibility_is_that_of_the_old_api(client, open_data):
    profile = {"beneficiaire": "tpe", "secteur": "commerce", "commune": "97209"}
    old = client.get("/api/financements/eligibilite/", profile).json()
    new = client.get("/api/v1/financements/eligibilite/", profile).json()
    assert new == old and new["results"]


def test_the_funding_schemes_are_those_of_the_guide(client, open_data, schemes):
    data = client.get("/api/v1/financements/dispositifs/").json()
    by_title = {scheme["title"]: scheme for scheme in data["results"]}
    assert set(by_title) == {"Mofwazaj Dijital", "Prêt numérique", "Aide du Nord", "Appel Low Tech"}
    assert by_title["Appel Low Tech"]["status"] == "closed"
    assert by_title["Appel Low Tech"]["closes_on"] == "2025-06-30"
    assert by_title["Mofwazaj Dijital"]["beneficiaries"] == ["tpe", "pme"]


def test_the_catalogue_lists_programmes_with_their_upcoming_sessions(client, open_data):
    data = client.get("/api/v1/catalogue/formations/").json()
    assert data["count"] == 7
    titles = [programme["title"] for programme in data["results"]]
    assert titles == sorted(titles)
    with_sessions = [p for p in data["results"] if p["sessions"]]
    assert with_sessions and all(p["next_start"] == p["sessions"][0]["start_date"] for p in with_sessions)


def test_the_events_are_the_upcoming_ones(client, open_data):
    data = client.get("/api/v1/evenements/").json()
    assert [event["title"] for event in data["results"]] == ["Atelier smartphone", "Café numérique"]
    assert data["results"][0]["seats_free"] == 10
