"""PostgreSQL: relevance sums each word's weight in a posting (docs/adr/0019-relevance-per-word.md),
and the first page ranks only the hits whose bound can reach it (search/engines/top.py), giving
the page that ranking every hit gives."""

import itertools
import random

import pytest

from django.db import connection

from search.documents import SearchDocument
from search.engines import bitmaps, top
from search.engines.conditions import rank_queries
from search.engines.database import DatabaseEngine
from search.query import parse
from tests.search.conftest import run

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="ts_rank and the bitmaps are PostgreSQL's"),
]
WORDS = ["reseau", "numerique", "donnees", "atelier", "martinique", "cloud", "securite", "web"]


def document(number: int, title: str, summary: str, body: str, kind: str, boost: float) -> SearchDocument:
    return SearchDocument(
        type=kind,
        locale="fr",
        title=title,
        url=f"/fr/d/{number}/",
        summary=summary,
        body=body,
        facets={"commune": ["97209" if number % 3 else "97213"]},
        boost=boost,
    )


def corpus(count: int = 240) -> dict:
    """Documents whose title, summary and body hold the words in every mix and number."""
    chance = random.Random(20)

    def words(most: int) -> str:
        return " ".join(chance.choice(WORDS) for _ in range(chance.randint(0, most)))

    return {
        f"d:{n}": [
            (
                "fr",
                document(
                    n,
                    f"Titre {n:03} {words(3)}",
                    words(6),
                    f"{words(12)} atelier {words(12)}",
                    kind=chance.choice(["formation", "financement"]),
                    boost=chance.choice([1.0, 1.0, 1.5]),
                ),
            )
        ]
        for n in range(count)
    }


@pytest.fixture
def ranked_ids(monkeypatch):
    """How many postings each statement of `top` ranked."""
    sizes = []
    ranked = top._ranked

    def spied(hits, *args):
        sizes.append(hits.bit_count())
        return ranked(hits, *args)

    monkeypatch.setattr(top, "_ranked", spied)
    return sizes


def test_the_rank_sums_each_word_of_the_query():
    assert rank_queries(parse("développeur web", {}))["fr"] == "developpeur | web"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_rank(v, to_tsquery('simple', 'web | data')), "
            "(ts_rank(v, to_tsquery('simple', 'web')) + ts_rank(v, to_tsquery('simple', 'data'))) / 2 "
            "FROM (SELECT 'web:1A,9C data:30C'::tsvector AS v) t"
        )
        together, apart = cursor.fetchone()
    assert together == pytest.approx(apart)


def test_a_word_in_the_title_ranks_above_the_same_word_in_the_body():
    engine = DatabaseEngine()
    engine.replace(
        {
            "d:1": [("fr", document(1, "Atelier", "Un atelier du soir", "numérique", "formation", 1.0))],
            "d:2": [("fr", document(2, "Numérique", "Un atelier du soir", "atelier", "formation", 1.0))],
            "d:3": [("fr", document(3, "Atelier numérique", "", "", "formation", 1.0))],
        }
    )
    bitmaps.build()

    results = run(engine, language="fr", text="numérique atelier")

    assert [hit.url for hit in results.hits] == ["/fr/d/3/", "/fr/d/2/", "/fr/d/1/"]


def test_no_rank_is_above_its_bound():
    """Vectors of random weights and positions (up to 300 of a word): ts_rank of one word never
    exceeds the bound of its class, the heaviest weight and how many times it is found."""
    chance = random.Random(3)
    vectors = []
    for _ in range(400):
        count = chance.choice([1, 2, 3, 4, 5, 6, 9, 40, 300])
        positions = sorted(chance.sample(range(1, 16000), count))
        vectors.append("w:" + ",".join(f"{p}{chance.choice('ABCD')}" for p in positions))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_rank(v::tsvector, 'w'::tsquery), u.weights, cardinality(u.positions) "
            "FROM unnest(%s::text[]) v, unnest(v::tsvector) u",
            [vectors],
        )
        rows = cursor.fetchall()
    assert len(rows) == len(vectors)
    for rank, weights, found in rows:
        weight = 1.0 if "A" in weights else 0.4 if "B" in weights else 0.2
        bound = top.BOUNDS[weight][0 if found == 1 else 1 if found < 5 else 2]
        assert rank <= bound, (rank, weights, found)
    assert top.BOUNDS[1.0][0] > top.BOUNDS[0.4][2]  # once in the title is above any summary's


def test_the_first_pages_rank_only_some_hits_and_are_those_of_ranking_every_hit(ranked_ids, monkeypatch):
    engine = DatabaseEngine()
    engine.replace(corpus())
    bitmaps.build()
    monkeypatch.setattr(top, "DIRECT", 0)
    pages = []
    for text, filters, page in itertools.product(
        ["atelier", "réseau numérique", "cloud sécurité web", "martinique"],
        [{}, {"type": ["formation"]}, {"commune": ["97209"]}],
        [1, 2, 4],
    ):
        query = {"language": "fr", "text": text, "filters": filters, "page": page, "page_size": 10}
        ranked_ids.clear()
        with_bounds = run(engine, **query)
        assert ranked_ids, query  # the bounds answered
        pages.append((page, with_bounds.count, sum(ranked_ids)))
        with monkeypatch.context() as every_hit:
            every_hit.setattr(top, "page", lambda *args: None)
            ranking_every_hit = run(engine, **query)
        assert [hit.url for hit in with_bounds.hits] == [hit.url for hit in ranking_every_hit.hits], query
        assert with_bounds.count == ranking_every_hit.count
    first_pages = [(count, ranked) for page, count, ranked in pages if page == 1 and count > 100]
    assert first_pages and all(ranked < count / 2 for count, ranked in first_pages), first_pages


def test_words_without_classes_are_bounded_by_the_highest(ranked_ids, monkeypatch):
    engine = DatabaseEngine()
    engine.replace(corpus(120))
    monkeypatch.setattr(bitmaps, "RARE", 1000)  # no word has its classes kept
    bitmaps.build()
    monkeypatch.setattr(top, "DIRECT", 0)
    query = {"language": "fr", "text": "réseau numérique", "page_size": 10}

    with_bounds = run(engine, **query)
    monkeypatch.setattr(top, "page", lambda *args: None)

    assert ranked_ids
    assert [hit.url for hit in with_bounds.hits] == [hit.url for hit in run(engine, **query).hits]


def test_too_many_to_rank_or_another_build_ranks_every_hit(ranked_ids, monkeypatch):
    engine = DatabaseEngine()
    engine.replace(corpus(60))
    bitmaps.build()
    monkeypatch.setattr(top, "DIRECT", 0)
    counting = bitmaps.counted("fr", {"fr": "atelier"}, {})
    entries = ("SELECT id, 1.0::float8 AS rank, '' AS title FROM portail_search_searchposting", [])

    assert top.page(counting, "fr", 10, 0, entries, "rank DESC, id") is not None
    monkeypatch.setattr(top, "CAP", 5)
    assert top.page(counting, "fr", 10, 0, entries, "rank DESC, id") is None
    bitmaps.build()
    assert bitmaps.word_sets("fr", counting.token, ["atelier"]) is None
