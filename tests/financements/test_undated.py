"""A scheme with no dates and "open all year" not ticked says so: it is not shown as open all year."""

import pytest

from search.indexing import rebuild
from tests.financements.factories import FundingSchemePageFactory

pytestmark = pytest.mark.django_db

UNDATED = '<span class="status status--undated">Dates non précisées</span>'


@pytest.fixture
def undated(guide, schemes):
    scheme = FundingSchemePageFactory(
        parent=guide,
        title="Chèque sans dates",
        slug="sans-dates",
        permanent=False,
        project_types=["site-web"],
    )
    rebuild("database")
    return scheme


def test_the_guide_and_the_scheme_page_say_the_dates_are_not_given(client, undated):
    guide = client.get("/fr/financements/").content.decode()
    page = client.get("/fr/financements/sans-dates/").content.decode()

    assert UNDATED in guide and "Chèque sans dates" in guide
    assert UNDATED in page and "Ouvert toute l’année" not in page


def test_the_finder_says_the_dates_are_not_given(client, undated):
    query = "beneficiaire=tpe&secteur=commerce&commune=Le+Lorrain&projet=site-web&effectif=3"
    html = client.get(f"/fr/financements/trouver/?{query}").content.decode()

    assert UNDATED in html


def test_the_search_document_carries_the_undated_status(client, undated):
    from financements.search import build

    assert build(undated, "fr").facets["statut"] == ["undated"]
    html = client.get("/fr/financements/?statut=undated").content.decode()
    assert "Chèque sans dates" in html and "Mofwazaj Dijital" not in html
