"""An unreachable cluster: one client per process, and a circuit breaker that sends searches to the
database engine at once (a local port that closes every connection, counting them)."""

import pytest

from search import indexing
from search.engines import search, suggest
from search.engines.elasticsearch import ElasticsearchEngine
from search.engines.es_client import (
    REQUEST_WRITE_TIMEOUT,
    SEARCH_TIMEOUT,
    WRITE_OPTIONS,
    Breaker,
    ClusterSkipped,
)
from search.models import SearchEntry
from search.query import SearchQuery
from tests.financements.factories import FundingGuidePageFactory, FundingSchemePageFactory
from tests.search.es_node import Node, Refusing

pytestmark = pytest.mark.django_db


@pytest.fixture
def unreachable(settings):
    cluster = Refusing()
    settings.ELASTICSEARCH_URL = cluster.url
    yield cluster
    cluster.close()


def test_one_client_per_process_with_a_short_timeout_and_no_retry():
    engine = ElasticsearchEngine("http://127.0.0.1:9")
    assert ElasticsearchEngine("http://127.0.0.1:9", prefix="other").client is engine.client
    assert (engine.client._request_timeout, engine.client._max_retries) == (SEARCH_TIMEOUT, 0)


def test_an_unreachable_cluster_is_skipped_after_three_failures(unreachable):
    breaker = ElasticsearchEngine(unreachable.url).breaker
    for _ in range(3):
        assert search(SearchQuery("réseau")).engine == "database"
    assert unreachable.attempts == 3 and breaker.open
    for _ in range(5):
        assert search(SearchQuery("réseau")).engine == "database"
        suggest("rés", "fr")
    assert unreachable.attempts == 3  # the database answered without trying the cluster


def test_after_the_cool_down_one_request_tries_again(unreachable):
    now = [0.0]
    breaker = ElasticsearchEngine(unreachable.url).breaker
    breaker.clock = lambda: now[0]
    for _ in range(4):
        search(SearchQuery())
    assert unreachable.attempts == 3
    now[0] += breaker.cooldown
    search(SearchQuery())
    search(SearchQuery())  # the trial failed: skipped for another cool-down
    assert unreachable.attempts == 4 and breaker.open


def test_an_answer_closes_the_breaker():
    node = Node()
    node.answers[("POST", "/t-fr/_search")] = (200, {"suggest": {"titles": [{"options": []}]}})
    try:
        engine = ElasticsearchEngine(node.url, prefix="t")
        engine.breaker.failures, engine.breaker.opened_at = 3, -engine.breaker.cooldown
        assert engine.available()
        assert engine.suggest("réseau", "fr") == []
        assert not engine.breaker.open and engine.breaker.failures == 0
    finally:
        node.close()


def test_an_error_response_is_an_answer():
    node = Node()
    node.answers[("POST", "/t-fr/_search")] = (500, {"error": {"type": "search_phase_execution_exception"}})
    try:
        engine = ElasticsearchEngine(node.url, prefix="t")
        engine.breaker.failures, engine.breaker.opened_at = 3, -engine.breaker.cooldown
        for _ in range(Breaker().threshold + 1):
            assert engine.available()
            with pytest.raises(Exception, match="search_phase_execution_exception"):
                engine.suggest("réseau", "fr")
        assert not engine.breaker.open and engine.breaker.failures == 0
    finally:
        node.close()


def test_writes_during_a_request_wait_seconds_and_skip_a_cluster_the_breaker_skips():
    shared = ElasticsearchEngine("http://127.0.0.1:9")
    in_request = ElasticsearchEngine("http://127.0.0.1:9", patient=False)
    assert shared.writer._request_timeout == WRITE_OPTIONS["request_timeout"]  # jobs: patient
    assert (in_request.writer._request_timeout, in_request.writer._max_retries) == (REQUEST_WRITE_TIMEOUT, 0)

    in_request.breaker.opened_at = in_request.breaker.clock()
    with pytest.raises(ClusterSkipped):
        in_request.replace({"x": []})


def test_a_publish_while_the_cluster_is_down_is_listed_by_the_database_and_left_to_a_job(
    unreachable, site_tree, monkeypatch, django_capture_on_commit_callbacks
):
    jobs = []
    monkeypatch.setattr(indexing, "async_task", lambda *args: jobs.append(args))
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"])
    with django_capture_on_commit_callbacks(execute=True):
        scheme = FundingSchemePageFactory(parent=guide, title="Aide pendant la panne")
    assert SearchEntry.objects.filter(title="Aide pendant la panne").exists()  # the fallback engine has it
    assert indexing.is_pending(scheme) and [job[0] for job in jobs] == ["search.tasks.index_groups_task"]
