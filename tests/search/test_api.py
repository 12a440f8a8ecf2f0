import json
from pathlib import Path

import pytest

from search.facets import FACETS
from search.indexing import rebuild

SPEC = json.loads((Path(__file__).parents[2] / "search" / "openapi.json").read_text())


def check(value, schema, where="response"):
    """Enough of JSON Schema for our description: $ref, type, required, properties, items, enum."""
    if "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if value is None:
        assert schema.get("nullable"), f"{where} is null"
        return
    types = {
        "object": dict,
        "array": list,
        "string": str,
        "integer": int,
        "number": (int, float),
        "boolean": bool,
    }
    assert isinstance(value, types[schema["type"]]), f"{where}: {value!r} is not {schema['type']}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if schema["type"] == "object":
        assert set(schema.get("required", [])) <= set(value), f"{where}: missing {schema['required']}"
        assert set(value) <= set(schema["properties"]), (
            f"{where}: undocumented {set(value) - set(schema['properties'])}"
        )
        for key, child in value.items():
            check(child, schema["properties"][key], f"{where}.{key}")
    if schema["type"] == "array":
        for i, child in enumerate(value):
            check(child, schema["items"], f"{where}[{i}]")


def response_schema(path, status):
    return SPEC["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


@pytest.fixture
def indexed(corpus):
    rebuild("database")
    return corpus


def test_the_api_answers_the_documented_contract(client, indexed):
    response = client.get("/api/search/", {"q": "cybersecurity", "lang": "en"})
    assert response.status_code == 200
    data = response.json()
    check(data, response_schema("/api/search/", "200"))
    assert data["engine"] == "database"
    assert data["count"] == 1
    hit = data["results"][0]
    assert (hit["type"], hit["title"], hit["locale"]) == ("formation", "Technicien en cybersécurité", "fr")
    assert hit["url"] == "http://testserver/fr/formations/technicien-cybersecurite/"
    assert set(data["facets"]) == {facet.key for facet in FACETS}
    assert data["facets"]["niveau"] == [{"value": "5", "label": "Bac+2 (level 5)", "count": 1}]


def test_filters_repeat_and_labels_follow_the_language(client, indexed):
    data = client.get("/api/search/?lang=es&type=formation&niveau=5&niveau=6").json()
    check(data, response_schema("/api/search/", "200"))
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
    check(
        response.json(),
        SPEC["paths"]["/api/search/"]["get"]["responses"]["400"]["content"]["application/json"]["schema"],
    )


@pytest.mark.parametrize(
    "query", ["q=%00%ff", "q=' OR 1=1 --", "q=&&&||!!", "q=:*()", "unknown=1", "q=a&q=b"]
)
def test_odd_input_still_answers(client, indexed, query):
    response = client.get("/api/search/?" + query)
    assert response.status_code == 200
    check(response.json(), response_schema("/api/search/", "200"))


def test_suggestions(client, indexed):
    response = client.get("/api/search/suggestions/", {"q": "techn", "lang": "fr"})
    check(response.json(), response_schema("/api/search/suggestions/", "200"))
    assert response.json() == {"suggestions": ["Technicien en cybersécurité"]}
    assert client.get("/api/search/suggestions/", {"q": "x", "lang": "zz"}).status_code == 400


def test_the_openapi_description_is_served(client, db):
    response = client.get("/api/search/openapi.json")
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.")
    documented = {p["name"] for p in response.json()["paths"]["/api/search/"]["get"]["parameters"]}
    assert {facet.key for facet in FACETS} <= documented


@pytest.mark.parametrize(
    "path", ["/api/search/?q=zzzz%00", "/api/search/suggestions/?q=ab%00", "/fr/recherche/?q=%00"]
)
def test_a_nul_character_is_ignored(client, indexed, path):
    assert client.get(path).status_code == 200
