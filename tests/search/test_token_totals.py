"""PostgreSQL: the per-token totals (migration 0008) give the same counts as counting the hits —
when browsing, when a text counts its complement in one scan, after writes, deletes and a rebuild —
and a browse page keeps the engine's order (ADR 0012)."""

from collections import Counter

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.documents import SearchDocument
from search.engines import broad, postings
from search.engines.database import DatabaseEngine
from search.models import SearchEntry, SearchPosting, SearchTokenCount
from tests.search.conftest import run

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the totals exist on PostgreSQL only"),
]
COMMUNES = ["97209", "97213", "97230"]


def document(number: int, text: str, commune: str, kind: str = "formation", boost: float = 1.0):
    return SearchDocument(
        type=kind,
        locale="fr",
        title=f"Titre {number:02}",
        url=f"/fr/t/{number}/",
        body=text,
        facets={"commune": [commune]},
        boost=boost,
    )


def groups(count: int = 10) -> dict:
    """Eight documents of ten about « numérique », two about « agriculture » (ninth and tenth)."""
    return {
        f"t:{n}": [
            (
                "fr",
                document(
                    n,
                    "agriculture biologique" if n >= 8 else "médiation numérique",
                    COMMUNES[n % 3],
                    kind="financement" if n % 4 == 0 else "formation",
                    boost=2.0 if n == 5 else 1.0,
                ),
            )
        ]
        for n in range(count)
    }


def expected(word: str | None = None, kind: str | None = None) -> tuple[int, dict[str, Counter]]:
    """The hits' number and each facet's counts, counted from the entries themselves; with `kind`
    chosen, the hits of that type, the types counted among all (a facet's own choice)."""
    hits = [e for e in SearchEntry.objects.filter(locale="fr") if word is None or word in e.body]
    counts = {"type": Counter(), "commune": Counter()}
    for entry in hits:
        for token in entry.facet_tokens.split():
            key, value = token.split("=", 1)
            if key == "type" or kind is None or f" type={kind} " in entry.facet_tokens:
                counts[key][value] += 1
    chosen = [e for e in hits if kind is None or f" type={kind} " in e.facet_tokens]
    return len(chosen), counts


def scoped_totals() -> dict[str, Counter]:
    """The totals per type kept by the triggers (migration 0009), summed from their deltas."""
    found = {}
    for scope, token, n in SearchTokenCount.objects.filter(locale="fr").values_list("scope", "token", "n"):
        found.setdefault(scope, Counter())[token] += n
    return {scope: +tokens for scope, tokens in found.items() if scope and +tokens}


def scoped_expected() -> dict[str, Counter]:
    """The same, counted from the entries: each type's postings and their tokens."""
    found = {}
    for entry in SearchEntry.objects.filter(locale="fr"):
        scope = next(token for token in entry.facet_tokens.split() if token.startswith("type="))
        found.setdefault(scope, Counter()).update(["", *entry.facet_tokens.split()])
    return found


def found(results) -> tuple[int, dict[str, Counter]]:
    return results.count, {
        key: Counter({value.value: value.count for value in results.facets[key] if value.count})
        for key in ("type", "commune")
    }


def test_browsing_counts_from_the_totals_in_the_engines_order():
    DatabaseEngine().replace(groups())

    results = run(DatabaseEngine(), language="fr", page_size=4)

    assert found(results) == expected()
    assert [hit.title for hit in results.hits] == ["Titre 05", "Titre 00", "Titre 01", "Titre 02"]
    assert [hit.title for hit in run(DatabaseEngine(), language="fr", page_size=4, page=2).hits] == [
        "Titre 03",
        "Titre 04",
        "Titre 06",
        "Titre 07",
    ]


def test_a_listings_first_view_counts_from_the_totals_of_its_type_in_the_engines_order():
    DatabaseEngine().replace(groups())

    with CaptureQueriesContext(connection) as queries:
        results = run(DatabaseEngine(), language="fr", filters={"type": ["formation"]}, page_size=3)

    assert found(results) == expected(kind="formation") and results.count == 7
    assert [hit.title for hit in results.hits] == ["Titre 05", "Titre 01", "Titre 02"]
    assert not any("unnest" in query["sql"] for query in queries.captured_queries), "no posting counted"
    both = run(DatabaseEngine(), language="fr", filters={"type": ["formation", "financement"]})
    assert found(both) == expected() and both.count == 10


def test_a_text_counted_in_one_scan_or_among_its_hits_gives_the_entries_counts(monkeypatch):
    DatabaseEngine().replace(groups())
    for one_scan in (True, False):  # the planner's estimate chooses (tests/search/test_one_scan.py)
        monkeypatch.setattr(broad, "is_broad", lambda postings, clauses, one_scan=one_scan: one_scan)
        common = run(DatabaseEngine(), text="numérique", language="fr")  # 8 of 10
        rare = run(DatabaseEngine(), text="agriculture", language="fr")  # 2 of 10

        assert found(common) == expected("numérique") and common.count == 8
        assert type(common.count) is int and type(run(DatabaseEngine(), language="fr").count) is int
        assert found(rare) == expected("agriculture") and rare.count == 2


def test_the_totals_follow_rewrites_deletes_updates_and_a_rebuild():
    engine = DatabaseEngine()
    engine.replace(groups())
    changed = groups()["t:1"]
    changed[0][1].facets = {"commune": ["97230"]}
    engine.replace({"t:1": changed})  # rewritten: deleted (cascade) and inserted again
    SearchEntry.objects.filter(group_key="t:2").delete()
    SearchPosting.objects.filter(pk=SearchEntry.objects.get(group_key="t:3").pk).update(tokens=["type=page"])
    SearchEntry.objects.filter(group_key="t:3").update(facet_tokens=" type=page ")

    assert found(run(engine, language="fr")) == expected()
    assert found(run(engine, text="numérique", language="fr")) == expected("numérique")
    assert scoped_totals() == scoped_expected() and set(scoped_totals()) == {
        "type=formation",
        "type=financement",
        "type=page",
    }
    listing = run(engine, language="fr", filters={"type": ["formation"]})
    assert found(listing) == expected(kind="formation")

    for _count in engine.rebuild(iter([groups(6)])):
        pass
    assert found(run(engine, language="fr")) == expected() and expected()[0] == 6
    assert scoped_totals() == scoped_expected()
    rows = SearchTokenCount.objects.values_list("locale", "scope", "token")
    assert len(rows) == len(set(rows)), "a rebuild leaves one row per token and scope"
    assert postings.totals("fr")[""] == 6
