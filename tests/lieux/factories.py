import factory

import wagtail_factories

from lieux.models import PlaceMapPage, PlacePage
from portail.models import Commune


class PlaceMapPageFactory(wagtail_factories.PageFactory):
    title = "Tiers-lieux"
    slug = "tiers-lieux"
    intro = "Les lieux pour se faire aider avec le numérique."

    class Meta:
        model = PlaceMapPage


class PlacePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lieu {n}")
    slug = factory.Sequence(lambda n: f"lieu-{n}")
    summary = "Un lieu de médiation numérique."
    kinds = factory.LazyFunction(lambda: ["tiers-lieu"])
    services = factory.LazyFunction(lambda: ["demarches"])
    fees = factory.LazyFunction(lambda: ["gratuit"])
    address = "1 rue Victor Hugo"
    commune = factory.LazyFunction(lambda: Commune.objects.get(insee_code="97209"))
    postal_code = "97200"
    latitude = factory.LazyAttribute(lambda place: place.commune.latitude)
    longitude = factory.LazyAttribute(lambda place: place.commune.longitude)
    opening_hours = "Mo-Fr 09:00-17:00; PH off"

    class Meta:
        model = PlacePage
