import pytest

from search.api import FacetValue, Hit
from search.facets import FACETS
from search.indexing import rebuild

LEGACY_PAGE = {"count", "page", "pages", "engine", "fuzzy", "corrected", "place", "results", "facets"}


def check(data):
    """The old API answers the v1 search's hits and facets (one serialisation: search/views.py),
    without v1's links; checked against v1's typed schemas (the hand-written description is gone)."""
    assert set(data) == LEGACY_PAGE
    for hit in data["results"]:
        assert set(hit) == set(Hit.model_fields)
        Hit.model_validate(hit)
    for values in data["facets"].values():
        for value in values:
            assert set(value) == set(FacetValue.model_fields)
            FacetValue.model_validate(value)


def check_errors(data):
    assert set(data) == {"errors"} and data["errors"]


@pytest.fixture
def indexed(corpus):
    rebuild("database")
    return corpus


def test_the_api_answers_the_documented_contract(client, indexed):
    response = client.get("/api/search/", {"q": "cybersecurity", "lang": "en"})
    assert response.status_code == 200
    data = response.json()
    check(data)
    assert data["engine"] == "database"
    assert data["count"] == 1
    hit = data["results"][0]
    assert (hit["type"], hit["title"], hit["locale"]) == ("formation", "Technicien en cybersécurité", "fr")
    assert hit["url"] == "http://testserver/fr/formations/technicien-cybersecurite/"
    assert set(data["facets"]) == {facet.key for facet in FACETS}
    assert data["facets"]["niveau"] == [{"value": "5", "label": "Bac+2 (level 5)", "count": 1}]


def test_filters_repeat_and_labels_follow_the_language(client, indexed):
    data = client.get("/api/search/?lang=es&type=formation&niveau=5&niveau=6").json()
    check(data)
    assert data["count"] == 4
    assert {v["value"]: v["label"] for v in data["facets"]["type"]}["formation"] == "Formación"


@pytest.mark.parametrize(
    "query",
    [
        "lang=de",
        "niveau=9",
        "niveau=cinq",
        "type=blog",
        "commune=75056",
        "page=0",
        "page=abc",
        "page=99999999999999999999",
        "sort=price",
        "sort=distance",
        "near=97999&sort=distance",
        "near=%00&sort=distance",
        "page=%C2%B2",
        "q=" + "x" * 300,
    ],
)
def test_malformed_input_is_explained_with_a_400(client, indexed, query):
    response = client.get("/api/search/?" + query)
    assert response.status_code == 400
    check_errors(response.json())


@pytest.mark.parametrize(
    "query", ["q=%00%ff", "q=' OR 1=1 --", "q=&&&||!!", "q=:*()", "unknown=1", "q=a&q=b"]
)
def test_odd_input_still_answers(client, indexed, query):
    response = client.get("/api/search/?" + query)
    assert response.status_code == 200
    check(response.json())


def test_suggestions(client, indexed):
    response = client.get("/api/search/suggestions/", {"q": "techn", "lang": "fr"})
    assert response.json() == {"suggestions": ["Technicien en cybersécurité"]}
    assert client.get("/api/search/suggestions/", {"q": "x", "lang": "zz"}).status_code == 400


def test_the_old_description_url_moves_to_the_generated_one(client, db):
    response = client.get("/api/search/openapi.json")
    assert response.status_code == 301 and response["Location"] == "/api/v1/openapi.json"
    description = client.get(response["Location"]).json()
    assert description["openapi"].startswith("3.")
    operation = description["paths"]["/api/v1/search/"]["get"]
    assert all(f"`{facet.key}`" in operation["description"] for facet in FACETS)


@pytest.mark.parametrize(
    "path", ["/api/search/?q=zzzz%00", "/api/search/suggestions/?q=ab%00", "/fr/recherche/?q=%00"]
)
def test_a_nul_character_is_ignored(client, indexed, path):
    assert client.get(path).status_code == 200
