"""The engine answering searches: Elasticsearch when ELASTICSEARCH_URL is set, else the database.

Indexing always writes the database entries too, so that the database engine can answer when the
cluster cannot (the failure is logged), and at once while the circuit breaker skips the cluster.
"""

import contextlib
import logging

from django.conf import settings

from search.engines.database import DatabaseEngine
from search.query import SearchQuery, SearchResults

logger = logging.getLogger(__name__)


def elasticsearch_engine(*, patient: bool = True):
    from search.engines.elasticsearch import ElasticsearchEngine

    return ElasticsearchEngine(settings.ELASTICSEARCH_URL, patient=patient)


def engines(name: str | None = None, *, patient: bool = True) -> list:
    """The engines to index into (all configured ones, or the one named); `patient=False` during a
    request: the cluster gets a short timeout, and is not tried while its breaker is open."""
    found = {"database": DatabaseEngine()}
    if settings.ELASTICSEARCH_URL:
        found["elasticsearch"] = elasticsearch_engine(patient=patient)
    if name:
        return [found[name]]
    return list(found.values())


def search(query: SearchQuery) -> SearchResults:
    if settings.ELASTICSEARCH_URL and (engine := elasticsearch_engine()).available():
        try:
            return engine.search(query)
        except Exception:
            logger.exception("Elasticsearch did not answer; the database engine answers instead")
    return DatabaseEngine().search(query)


def suggest(text: str, language: str) -> list[str]:
    if settings.ELASTICSEARCH_URL and (engine := elasticsearch_engine()).available():
        try:
            return engine.suggest(text, language)
        except Exception:
            logger.exception("Elasticsearch did not answer; the database engine suggests instead")
    return DatabaseEngine().suggest(text, language)


def health() -> dict:
    """Readiness of the search: the database engine always answers; the cluster may not."""
    if not settings.ELASTICSEARCH_URL:
        return {"ok": True, "engine": "database"}
    engine = elasticsearch_engine()
    reachable = False
    if engine.available():  # while the breaker is open, the answer is known without asking
        with contextlib.suppress(Exception), engine.breaker.watching():
            reachable = engine.client.ping()
    if reachable:
        return {"ok": True, "engine": "elasticsearch"}
    return {"ok": False, "engine": "database", "error": "Elasticsearch unreachable; the database answers"}
