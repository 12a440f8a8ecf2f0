"""PostgreSQL: words that the planner expects to match most of a language's postings are answered
in one scan of them (search/engines/broad.py), with the same hits, order and counts as when they
are counted among their hits. The planner's estimate only chooses the way."""

import itertools

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.engines import bitmaps, broad
from search.engines.database import DatabaseEngine
from search.indexing import rebuild
from search.models import SearchPosting
from search.query import parse
from tests.search.conftest import run
from tests.search.test_token_totals import groups

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the one scan is PostgreSQL's"),
]
ONE_SCAN = "hit IS NOT TRUE"  # in the one scan's statement only


@pytest.fixture
def engine(corpus, monkeypatch):
    rebuild("database")
    monkeypatch.setattr(bitmaps, "counted", lambda *args: None)  # the ways without them
    monkeypatch.setattr(broad, "is_broad", lambda postings, clauses: True)
    return DatabaseEngine()


def answered(engine, **query) -> tuple[tuple, bool]:
    """What a search shows (count, hits in order, every facet's counts) and whether it was one scan."""
    with CaptureQueriesContext(connection) as queries:
        results = run(engine, page_size=3, **query)
    shown = (
        results.count,
        [hit.key for hit in results.hits],
        {key: [(v.value, v.count, v.selected) for v in values] for key, values in results.facets.items()},
    )
    return shown, any(ONE_SCAN in query["sql"] for query in queries.captured_queries)


def test_one_scan_and_counting_the_hits_show_the_same(engine, monkeypatch):
    """Every text, filter, sort, language and page below: the same count, hits and facets."""
    differing = []
    for text, filters, sort, language, page in itertools.product(
        ["réseaux", "numérique entreprise", "formation", "cybersécurité", "zzzz"],
        [{}, {"type": ["formation"]}, {"commune": ["97209", "97230"]}, {"niveau": ["5", "6"]}],
        ["relevance", "title", "session", "deadline"],
        ["fr", "en"],
        [1, 2],
    ):
        query = {"text": text, "filters": filters, "sort": sort, "language": language, "page": page}
        monkeypatch.setattr(broad, "is_broad", lambda postings, clauses: True)
        one_scan, scanned = answered(engine, **query)
        monkeypatch.setattr(broad, "is_broad", lambda postings, clauses: False)
        among_hits, counted = answered(engine, **query)

        assert (scanned, counted) == (True, False), query
        if one_scan != among_hits:
            differing.append((query, one_scan, among_hits))
    assert not differing, differing[:3]


def test_two_filters_or_a_radius_are_never_one_scan(engine):
    assert not answered(engine, text="formation", filters={"type": ["formation"], "niveau": ["5"]})[1]
    assert not answered(engine, text="formation", near=(14.6, -61.07), radius_km=10)[1]


def test_the_planners_estimate_calls_broad_a_word_in_most_postings():
    DatabaseEngine().replace(groups())  # « numérique » in 8 postings of 10, « agriculture » in 2
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE portail_search_searchposting")  # sees this transaction's rows
    postings = SearchPosting.objects.filter(locale="fr")

    assert broad.is_broad(postings, parse("numérique", {}))
    assert not broad.is_broad(postings, parse("agriculture", {}))
    assert not broad.is_broad(postings, parse("zzzz", {}))
