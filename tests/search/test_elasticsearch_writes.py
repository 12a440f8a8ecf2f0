"""How the Elasticsearch engine writes: the requests the real client sends to a local stand-in node
(tests/search/es_node.py) — bulk failures, rebuilds, deletes, the first index, writes during a
rebuild."""

import logging

import pytest

from django.core.management import CommandError, call_command

from search.documents import SearchDocument
from search.engines.elasticsearch import ElasticsearchEngine
from search.engines.es_client import IndexingError
from tests.search.es_node import Node

pytestmark = pytest.mark.django_db
LANGUAGES = ("fr", "en", "es")


@pytest.fixture
def node():
    node = Node()
    yield node
    node.close()


def aliases_of(indexes: dict[str, list[str]]) -> dict:
    """A GET _alias answer: each index with its aliases."""
    return 200, {index: {"aliases": {alias: {} for alias in aliases}} for index, aliases in indexes.items()}


def groups(*keys: str) -> dict:
    page = SearchDocument(type="page", locale="fr", title="Réseaux", url="/fr/reseaux/")
    return {key: [(language, page) for language in LANGUAGES] for key in keys}


def actions(request) -> list[tuple[str, str, str]]:
    """A _bulk request's actions as (operation, index, id)."""
    found = []
    for line in request.body:
        if line.keys() <= {"index", "create", "delete"}:
            operation, meta = next(iter(line.items()))
            found.append((operation, meta["_index"], meta["_id"]))
    return found


def test_a_refused_document_is_counted_and_logged(node, caplog):
    node.answers[("GET", "/_alias/")] = aliases_of({f"t-{code}-1": [f"t-{code}"] for code in LANGUAGES})
    node.refused = {"page:b"}
    with caplog.at_level(logging.ERROR, logger="search"):
        ElasticsearchEngine(node.url, prefix="t").replace(groups("page:a", "page:b"))
    (request,) = node.sent("PUT", "/_bulk") or node.sent("POST", "/_bulk")
    assert request.params["require_alias"] == "true"  # never an index auto-created under an alias's name
    refusals = [r for r in caplog.records if r.name.startswith("search") and "page:b" in r.getMessage()]
    assert len(refusals) == 3  # one per language
    assert "3 of 6 writes failed" in caplog.text


def test_a_rebuild_with_refused_documents_keeps_the_aliases_and_drops_the_new_indexes(node):
    node.refused = {"page:b"}
    engine = ElasticsearchEngine(node.url, prefix="t")
    with pytest.raises(IndexingError) as failure:
        list(engine.rebuild(iter([groups("page:a", "page:b")])))
    assert failure.value.failed == 3
    created = [request.path.strip("/") for request in node.sent("PUT", "/t-")]
    assert len(created) == 3
    assert not node.sent("POST", "/_aliases")
    (deleted,) = node.sent("DELETE")
    assert sorted(deleted.path.strip("/").split(",")) == sorted(created)


def test_a_rebuild_creates_documents_then_swaps_the_aliases_by_name(node):
    old = {f"t-{code}-old": [f"t-{code}"] for code in LANGUAGES}
    node.answers[("GET", "/_alias/")] = aliases_of(old)
    engine = ElasticsearchEngine(node.url, prefix="t")
    assert list(engine.rebuild(iter([groups("page:a")]))) == [3]
    creations = node.sent("PUT", "/t-")
    new = {request.path.strip("/")[:4]: request.path.strip("/") for request in creations}
    # each new index carries the marker alias from its creation: writes go there while it fills
    assert [request.body["aliases"] for request in creations] == [
        {f"t-{code}-rebuilding": {}} for code in LANGUAGES
    ]
    (bulk,) = [r for r in node.requests if r.path == "/_bulk"]
    assert {operation for operation, _index, _id in actions(bulk)} == {"create"}
    (swap,) = node.sent("POST", "/_aliases")
    assert swap.body["actions"][:3] == [
        {"remove": {"index": "t-fr-old", "alias": "t-fr"}},
        {"add": {"index": new["t-fr"], "alias": "t-fr"}},
        {"remove": {"index": new["t-fr"], "alias": "t-fr-rebuilding"}},
    ]
    (deleted,) = node.sent("DELETE")
    assert deleted.path == "/t-en-old,t-es-old,t-fr-old"


def test_writes_during_a_rebuild_go_to_the_new_index_too(node):
    indexes = {f"t-{code}-old": [f"t-{code}"] for code in LANGUAGES}
    indexes |= {f"t-{code}-new": [f"t-{code}-rebuilding"] for code in LANGUAGES}
    node.answers[("GET", "/_alias/")] = aliases_of(indexes)
    node.missing = {"t-es-rebuilding"}  # that rebuild has just finished: not a failure
    engine = ElasticsearchEngine(node.url, prefix="t")
    fr_only = {"page:a": [("fr", groups("x")["x"][0][1])]}
    engine.replace(fr_only)
    (bulk,) = [r for r in node.requests if r.path == "/_bulk"]
    assert actions(bulk) == [
        ("index", "t-fr", "page:a"),
        ("index", "t-fr-rebuilding", "page:a"),
        ("delete", "t-en", "page:a"),
        ("delete", "t-en-rebuilding", "page:a"),
        ("delete", "t-es", "page:a"),
        ("delete", "t-es-rebuilding", "page:a"),
    ]


def test_the_first_index_created_by_another_worker_is_no_error(node):
    node.answers[("GET", "/_alias/")] = (404, {"error": "alias [t-fr] missing", "status": 404})
    exists = {"type": "resource_already_exists_exception", "reason": "index [t-fr-first] already exists"}
    node.answers[("PUT", "/t-fr-first")] = (400, {"error": {"root_cause": [exists], **exists}, "status": 400})
    ElasticsearchEngine(node.url, prefix="t").replace(groups("page:a"))
    creations = node.sent("PUT", "/t-")
    assert [request.path for request in creations] == ["/t-fr-first", "/t-en-first", "/t-es-first"]
    assert creations[1].body["aliases"] == {"t-en": {}}  # index and alias in one request
    assert [r for r in node.requests if r.path == "/_bulk"]


def test_another_creation_error_is_raised(node):
    node.answers[("GET", "/_alias/")] = (404, {"error": "alias [t-fr] missing", "status": 404})
    refused = {"type": "illegal_argument_exception", "reason": "bad settings"}
    node.answers[("PUT", "/t-fr-first")] = (
        400,
        {"error": {"root_cause": [refused], **refused}, "status": 400},
    )
    with pytest.raises(Exception, match="illegal_argument_exception"):
        ElasticsearchEngine(node.url, prefix="t").replace(groups("page:a"))


def test_deleting_the_indexes_names_each_one(node):
    found = {"indices": [{"name": "t-fr-1"}, {"name": "t-en-1"}], "aliases": [{"name": "t-fr"}]}
    node.answers[("GET", "/_resolve/index/")] = (200, {**found, "data_streams": []})
    ElasticsearchEngine(node.url, prefix="t").delete_indexes()
    (resolve,) = node.sent("GET", "/_resolve/index/")
    assert resolve.path == "/_resolve/index/t-fr-*,t-en-*,t-es-*"
    assert [request.path for request in node.sent("DELETE")] == ["/t-fr-1,t-en-1"]


def test_search_reindex_reports_refused_documents(node, settings, site_tree):
    settings.ELASTICSEARCH_URL = node.url
    node.refused = {"*"}
    with pytest.raises(CommandError, match=r"\d+ documents could not be indexed"):
        call_command("search_reindex", engine="elasticsearch")
    assert not node.sent("POST", "/_aliases")
