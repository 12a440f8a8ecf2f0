import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale

from portail.factories import EventIndexPageFactory, EventPageFactory, PlaceMapPageFactory, PlacePageFactory
from portail.models import Commune
from search.indexing import rebuild
from tests.utils import translate


@pytest.fixture
def map_page(site_tree):
    page = PlaceMapPageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    translate(page, "en", title="Digital spaces", slug="community-digital-spaces")
    translate(page, "es", title="Espacios digitales", slug="espacios-digitales")
    return page


@pytest.fixture
def places(map_page):
    """Three places that differ on commune, kind, service, audience, fees and hours."""
    sphere = PlacePageFactory(
        parent=map_page,
        title="La Sphère 972",
        slug="la-sphere-972",
        commune=Commune.objects.get(insee_code="97213"),
        postal_code="97232",
        kinds=["tiers-lieu", "fablab"],
        services=["loisirs-creation", "acces-materiel"],
        audiences=["seniors"],
        fees=["gratuit"],
        opening_hours="Mo-Fr 09:00-17:00; PH off",
        email="contact@sphere.example",
    )
    vanlab = PlacePageFactory(
        parent=map_page,
        title="VANLAB",
        slug="vanlab",
        kinds=["fablab"],
        services=["loisirs-creation"],
        audiences=[],
        fees=["payant"],
        opening_hours="We-Sa 10:00-18:00",
    )
    upspace = PlacePageFactory(
        parent=map_page,
        title="Up & Space",
        slug="up-space",
        commune=Commune.objects.get(insee_code="97227"),
        postal_code="97228",
        kinds=["epn"],
        services=["demarches"],
        audiences=["jeunes"],
        fees=["gratuit"],
        opening_hours="Fr 20:00-02:00",
    )
    rebuild("database")  # the map lists what the search finds
    return {"sphere": sphere, "vanlab": vanlab, "upspace": upspace}


@pytest.fixture
def event_index(site_tree):
    page = EventIndexPageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    translate(page, "en", title="Workshops and events", slug="events")
    translate(page, "es", title="Talleres y eventos", slug="eventos")
    return page


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, title="Premiers pas", slug="premiers-pas", capacity=2)


def in_martinique(*args) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*args), timezone.get_default_timezone())
