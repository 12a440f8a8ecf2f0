"""Test data for local digital purchasing."""

import datetime

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone


class CallFactory(DjangoModelFactory):
    """A published call for tenders, open for three more weeks."""

    title = factory.Sequence(lambda n: f"Refonte du site de la commune n°{n}")
    buyer = "Commune du Lorrain"
    summary = "Site accessible, hébergé en Martinique."
    kind = "marche"
    categories = factory.LazyFunction(lambda: ["developpement"])
    deadline = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=21))
    link = factory.Sequence(lambda n: f"https://marches.example/{n}")
    published = True

    class Meta:
        model = "achats.CallForTenders"
