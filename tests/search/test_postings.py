"""PostgreSQL's narrow search storage follows the entries: one posting per entry, in its language's
partition, rewritten with them and deleted with them (ADR 0011)."""

import pytest

from django.db import connection

from search.engines.database import DatabaseEngine
from search.indexing import rebuild
from search.models import SearchEntry, SearchPosting
from search.registry import BUILDERS, all_groups, documents
from tests.search.conftest import run

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="postings exist on PostgreSQL only"),
]


def postings() -> dict[int, tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, locale, tableoid::regclass::text, tokens, length(vector) > 0 "
            "FROM portail_search_searchposting"
        )
        return {row[0]: row[1:] for row in cursor.fetchall()}


def entries() -> dict[int, tuple]:
    return {
        pk: (locale, tokens.split())
        for pk, locale, tokens in SearchEntry.objects.values_list("id", "locale", "facet_tokens")
    }


def test_each_entry_has_one_posting_in_its_language_partition(corpus):
    rebuild("database")

    found, expected = postings(), entries()
    assert set(found) == set(expected) and len(expected) > 20
    for pk, (locale, partition, tokens, has_text) in found.items():
        assert locale == expected[pk][0]
        assert partition == f"portail_search_searchposting_{locale}"
        assert sorted(tokens) == sorted(expected[pk][1])
        assert has_text


def test_a_group_written_again_replaces_its_postings_and_deleted_entries_take_theirs(corpus):
    rebuild("database")
    builder = next(iter(BUILDERS.values()))
    found = documents(builder, all_groups(builder)[:1])
    key = next(iter(found))
    old = set(SearchEntry.objects.filter(group_key=key).values_list("id", flat=True))

    DatabaseEngine().replace(found)

    new = set(SearchEntry.objects.filter(group_key=key).values_list("id", flat=True))
    assert old.isdisjoint(postings()) and new <= set(postings())
    SearchEntry.objects.filter(group_key=key).delete()
    assert new.isdisjoint(postings())
    assert set(postings()) == set(entries())


def test_an_entry_rewritten_in_place_rewrites_its_posting(corpus):
    """Two workers writing one object: the second upsert meets the first's rows (same ids)."""
    engine = DatabaseEngine()
    rebuild("database")
    builder = next(iter(BUILDERS.values()))
    found = documents(builder, all_groups(builder)[:1])
    entry = SearchEntry.objects.get(group_key=next(iter(found)), locale="fr")
    of_its_type = run(engine, filters={"type": [entry.type]}).count
    SearchPosting.objects.filter(pk=entry.pk).update(tokens=[], title="Ancien titre")
    assert run(engine, filters={"type": [entry.type]}).count == of_its_type - 1

    engine._insert(found)

    posting = SearchPosting.objects.get(pk=entry.pk)
    assert posting.title == entry.title and f"type={entry.type}" in posting.tokens
    assert run(engine, filters={"type": [entry.type]}).count == of_its_type
