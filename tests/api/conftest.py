import pytest

from search.indexing import rebuild
from tests.catalogue.conftest import catalogue, commune, days_from_today, programmes  # noqa: F401
from tests.evenements.factories import EventPageFactory
from tests.financements.conftest import guide, schemes  # noqa: F401
from tests.label.conftest import labels  # noqa: F401
from tests.lieux.factories import PlacePageFactory
from tests.search.conftest import corpus  # noqa: F401


@pytest.fixture
def open_data(corpus, labels, map_page, event_index):  # noqa: F811
    """Something in every dataset: programmes, schemes, three valid labels, three places, two events."""
    for name in ("Kaz Numérik", "Lakou Digital", "Tiers-lieu du Nord"):
        PlacePageFactory(parent=map_page, title=name)
    EventPageFactory(parent=event_index, title="Atelier smartphone")
    EventPageFactory(parent=event_index, title="Café numérique")
    rebuild("database")
    return corpus
