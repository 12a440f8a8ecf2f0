import pytest

from django.db import connection

from search.engines.database import DatabaseEngine
from search.indexing import rebuild
from search.models import SearchEntry
from search.registry import BUILDERS, all_groups, documents
from tests.search.conftest import run, titles
from tests.search.contract import *  # noqa: F403


@pytest.fixture
def engine(corpus):
    rebuild("database")
    return DatabaseEngine()


def test_typos_find_close_titles_on_postgresql_only(engine, corpus):
    results = run(engine, text="cybersecurti")
    if connection.vendor == "postgresql":
        assert results.fuzzy
        assert titles(results) == ["Technicien en cybersécurité"]
    else:  # SQLite: no trigram similarity (docs/search.md)
        assert (results.count, results.fuzzy) == (0, False)


def test_an_entry_written_meanwhile_by_another_worker_is_replaced_not_an_error(engine, corpus):
    """Two jobs indexing one object at once: the second INSERT meets the first one's rows."""
    builder = next(iter(BUILDERS.values()))
    found = documents(builder, all_groups(builder)[:1])
    key = next(iter(found))
    SearchEntry.objects.filter(group_key=key).update(title="Ancien titre", facet_tokens=" ")

    engine._insert(found)  # as if our DELETE had run before the other worker's INSERT

    entries = SearchEntry.objects.filter(group_key=key)
    assert entries.count() == len(found[key])
    assert "Ancien titre" not in set(entries.values_list("title", flat=True))
    assert all(" type=" in tokens for tokens in entries.values_list("facet_tokens", flat=True))
