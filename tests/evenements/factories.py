import datetime

import factory

from django.utils import timezone

import wagtail_factories

from evenements.models import EventIndexPage, EventPage
from portail.models import Commune


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
