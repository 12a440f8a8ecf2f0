"""The OpenAPI description validated and fuzzed against a running server (schemathesis): no 5xx,
every response conforms to the description (status, content type, headers, body)."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.evenements.factories import EventPageFactory
from tests.lieux.factories import PlacePageFactory

EXAMPLES = 30  # per operation: the fifteen operations run in about two minutes
# Rules no schema states: a commune must exist (`near`, `commune`), `radius` and the distance sort
# need `near`; the observatory's `periode` must name a quarter, a year or "tout". There a schema-valid
# query may get a 400 problem explaining why: documented, not a bug.
SEMANTIC_CHECKS = {"/api/v1/search/", "/api/v1/financements/eligibilite/", "/api/v1/observatoire/"}


# serialized_rollback: the migrations' data (locales, communes…) come back after the flush, and the
# content types are not recreated beside them (which broke the next serialized test on this worker).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_api_conforms_to_its_description(live_server, labels, map_page, event_index):
    PlacePageFactory(parent=map_page, title="Kaz Numérik")
    EventPageFactory(parent=event_index, title="Atelier smartphone")
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 15

    for operation in operations:
        cases = st.one_of(operation.as_strategy(mode) for mode in GenerationMode)  # valid and not

        @given(case=cases)
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
        def conforms(case):
            skipped = [positive_data_acceptance] if case.operation.path in SEMANTIC_CHECKS else []
            case.call_and_validate(excluded_checks=skipped)

        conforms()
