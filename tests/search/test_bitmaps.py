"""PostgreSQL: the bitmaps (search/engines/bitmaps.py) count a search's hits and facets as counting
among the postings does, and only while no posting has changed since they were built."""

import itertools

import pytest

from django.db import connection

from search.engines import bitmaps
from search.engines.database import DatabaseEngine
from search.indexing import index_groups, rebuild
from search.models import SearchBitmap, SearchEntry, SearchPostingChange
from search.signals import index_written
from tests.search.conftest import run
from tests.search.test_token_totals import expected, found, groups

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the bitmaps are PostgreSQL's"),
]


@pytest.fixture
def answered(monkeypatch):
    """A search's count, hits in order and facet counts, and whether the bitmaps counted it."""
    counted = bitmaps.counted
    used = []

    def spied(*args):
        counting = counted(*args)
        used.append(counting is not None)
        return counting

    monkeypatch.setattr(bitmaps, "counted", spied)

    def answer(engine, **query):
        used.clear()
        results = run(engine, page_size=3, **query)
        shown = (
            results.count,
            [hit.key for hit in results.hits],
            {key: [(v.value, v.count, v.selected) for v in values] for key, values in results.facets.items()},
        )
        return shown, any(used)

    return answer


def test_the_bitmaps_and_the_postings_count_the_same(corpus, answered, monkeypatch):
    """Every text, filter, sort, language and page below: the same count, hits and facets."""
    rebuild("database")
    engine, differing = DatabaseEngine(), []
    for text, filters, sort, language, page in itertools.product(
        ["", "réseaux", "numérique entreprise", "formation", "cybersécurité", "zzzz"],
        [
            {},
            {"type": ["formation"]},
            {"commune": ["97209", "97230"]},
            {"type": ["formation"], "niveau": ["5", "6"]},
            {"type": ["financement", "formation"], "commune": ["97209"], "modalite": ["presentiel"]},
        ],
        ["relevance", "title", "session"],
        ["fr", "en"],
        [1, 2],
    ):
        query = {"text": text, "filters": filters, "sort": sort, "language": language, "page": page}
        with_bitmaps, used = answered(engine, **query)
        assert used, query
        with monkeypatch.context() as without:
            without.setattr(bitmaps, "counted", lambda *args: None)
            among_postings, _used = answered(engine, **query)
        if with_bitmaps != among_postings:
            differing.append((query, with_bitmaps, among_postings))
    assert not differing, differing[:3]
    nearest = {"text": "formation", "language": "fr", "near": (14.6, -61.07), "sort": "distance"}
    with_bitmaps, used = answered(engine, **nearest)
    monkeypatch.setattr(bitmaps, "counted", lambda *args: None)
    assert used and with_bitmaps == answered(engine, **nearest)[0]


def test_a_write_since_the_build_is_counted_among_the_postings_until_the_next_build(answered):
    engine = DatabaseEngine()
    for _count in engine.rebuild(iter([groups()])):
        pass
    assert answered(engine, language="fr", text="numérique")[1]
    assert found(run(engine, language="fr", text="numérique")) == expected("numérique")

    changed = groups()["t:1"]
    changed[0][1].body = "agriculture"
    engine.replace({"t:1": changed})
    SearchEntry.objects.filter(group_key="t:2").delete()  # the postings go with it (cascade)

    shown, used = answered(engine, language="fr", text="numérique")
    assert not used and SearchPostingChange.objects.exists()
    assert found(run(engine, language="fr", text="numérique")) == expected("numérique")
    assert expected("numérique")[0] == 6

    bitmaps.build()
    assert not SearchPostingChange.objects.exists()
    assert answered(engine, language="fr", text="numérique") == (shown, True)
    assert found(run(engine, language="fr", filters={"type": ["formation"]})) == expected(kind="formation")


def test_a_page_listed_after_another_build_is_not_counted_with_the_old_one():
    DatabaseEngine().replace(groups())
    bitmaps.build()
    counting = bitmaps.counted("fr", None, {})
    everything = ("SELECT id FROM portail_search_searchposting WHERE locale = %s", ["fr"])

    assert counting.count == 10
    assert len(bitmaps.page(everything, "id", counting, "fr", 4, 0)) == 4
    bitmaps.build()
    assert bitmaps.page(everything, "id", counting, "fr", 4, 0) is None
    SearchEntry.objects.filter(group_key="t:2").delete()
    assert bitmaps.counted("fr", None, {}) is None


def test_sets_kept_as_positions_count_the_same(answered, monkeypatch):
    engine = DatabaseEngine()
    engine.replace(groups())
    monkeypatch.setattr(bitmaps, "SPARSE", -1)  # every set as its positions
    bitmaps.build()

    kept = {bytes(data[:1]) for data in SearchBitmap.objects.filter(kind="w").values_list("data", flat=True)}
    assert kept == {b"P"}
    assert answered(engine, language="fr", text="agriculture")[1]
    assert found(run(engine, language="fr", text="agriculture")) == expected("agriculture")
    assert found(run(engine, language="fr", text="numérique")) == expected("numérique")


def test_queries_the_bitmaps_do_not_cover_are_counted_among_the_postings():
    DatabaseEngine().replace(groups())
    bitmaps.build()

    assert bitmaps.counted("fr", {"fr": "numeri:*"}, {}) is None  # a prefix
    assert bitmaps.counted("fr", {"fr": "tiers-lieu"}, {}) is None  # a phrase: 'tiers-lieu' <-> …
    assert bitmaps.counted("fr", {"fr": "le & la"}, {}).count == 0  # stop words only: nothing
    assert bitmaps.counted("fr", {"fr": "(numerique) & (mediation)"}, {}).count == 8
    either = ("or", [("word", "b"), ("word", "c'd")])
    assert bitmaps._parsed("'a' & ( 'b' | 'c''d' )") == ("and", [("word", "a"), either])
    assert bitmaps._parsed("!'a'") is False
    assert bitmaps._parsed("( 'a'") is False and bitmaps._parsed("'a' &") is False


def test_an_indexing_job_queues_one_build_at_a_time(monkeypatch):
    queued = []
    monkeypatch.setattr(bitmaps, "enqueue", queued.append)

    index_written.send(sender=index_groups, label="catalogue", groups=["1"])
    index_written.send(sender=index_groups, label="catalogue", groups=["2"])
    assert queued == ["search.tasks.bitmaps_task"]

    DatabaseEngine().replace(groups())
    bitmaps.build_queued()
    assert SearchBitmap.objects.filter(kind="m", locale="fr").exists()
    index_written.send(sender=index_groups, label="catalogue", groups=["3"])
    index_written.send(sender=rebuild, label=None, groups=None)  # a rebuild builds them itself
    assert len(queued) == 2


def test_a_build_is_queued_while_the_cache_is_down(monkeypatch):
    queued = []
    monkeypatch.setattr(bitmaps, "enqueue", queued.append)

    def down(*args, **kwargs):
        raise ConnectionError("redis")

    monkeypatch.setattr(bitmaps.cache, "add", down)
    monkeypatch.setattr(bitmaps.cache, "delete", down)
    index_written.send(sender=index_groups, label="catalogue", groups=["1"])
    assert queued == ["search.tasks.bitmaps_task"]
    DatabaseEngine().replace(groups())
    bitmaps.build_queued()
    assert bitmaps.counted("fr", None, {}).count == 10
