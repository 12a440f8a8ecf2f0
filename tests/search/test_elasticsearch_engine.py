"""The engines' contract tests against a real Elasticsearch cluster (ELASTICSEARCH_URL).

No cluster can run where the suite usually runs, so without ELASTICSEARCH_URL these are skipped;
nothing here is mocked.
"""

import os
import uuid

import pytest

from search.engines.elasticsearch import ElasticsearchEngine
from search.registry import BUILDERS, all_groups, documents
from tests.search.contract import *  # noqa: F403

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="no Elasticsearch cluster here: set ELASTICSEARCH_URL to run the contract tests against one",
    ),
]


@pytest.fixture
def engine(corpus):
    engine = ElasticsearchEngine(os.environ["ELASTICSEARCH_URL"], prefix=f"test-{uuid.uuid4().hex[:8]}")
    batches = (documents(builder, all_groups(builder)) for builder in BUILDERS.values())
    for _count in engine.rebuild(batches):
        pass
    yield engine
    engine.delete_indexes()
