import pytest

from django.db import connection

from search.engines.database import DatabaseEngine
from search.indexing import rebuild
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
