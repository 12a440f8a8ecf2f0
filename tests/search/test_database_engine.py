import pytest

from search.engines.database import DatabaseEngine
from search.indexing import rebuild
from tests.search.contract import *  # noqa: F403


@pytest.fixture
def engine(corpus):
    rebuild("database")
    return DatabaseEngine()
