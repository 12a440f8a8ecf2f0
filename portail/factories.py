import datetime

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

import wagtail_factories

from evenements.models import EventIndexPage, EventPage
from lieux.models import PlaceMapPage, PlacePage
from portail.models import Commune, HomePage, StandardPage, User


class UserFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = factory.django.Password("correct horse battery")

    class Meta:
        model = User
        skip_postgeneration_save = True


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = "accueil"
    hero_title = "Le numérique en Martinique, au même endroit"
    hero_text = "Formations, financements, accompagnement des entreprises et lieux près de chez vous."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Une page de contenu."

    class Meta:
        model = StandardPage


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


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ateliers et événements"
    slug = "evenements"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Atelier {n}")
    slug = factory.Sequence(lambda n: f"atelier-{n}")
    kind = "atelier"
    summary = "Un atelier pour débuter."
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=2))
    address = "Maison des associations"
    commune = factory.LazyFunction(lambda: Commune.objects.get(insee_code="97213"))
    audiences = factory.LazyFunction(lambda: ["tous"])
    capacity = 10
    organiser = "CTM"

    class Meta:
        model = EventPage
