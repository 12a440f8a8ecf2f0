"""An event's page reads its place and that place's commune with its own row (issue 20, cold pages)."""

from tests.evenements.factories import EventPageFactory
from tests.utils import schema_org_data, tables_read


def test_an_event_reads_its_place_and_commune_with_its_row(client, event_index, places, page_cache_off):
    sphere = places["sphere"]
    at_a_place = EventPageFactory(
        parent=event_index, title="Fablab ouvert", slug="fablab-ouvert", place=sphere
    )
    online = EventPageFactory(
        parent=event_index,
        title="Webinaire",
        slug="webinaire",
        address="",
        commune=None,
        online_url="https://v.example",
    )

    response, tables = tables_read(client, at_a_place.url)
    _, online_tables = tables_read(client, online.url)

    assert (
        f">{sphere.title}</a>, {sphere.address}, {sphere.postal_code} {sphere.commune.name}" in response.text
    )
    assert schema_org_data(response)["location"]["address"]["addressLocality"] == sphere.commune.name
    assert len(tables) == len(online_tables)  # the place and its commune cost no query of their own
    assert not {"portail_placepage", "portail_commune"} & set(tables)
