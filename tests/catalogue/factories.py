import datetime

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone
from django.utils.text import slugify

import wagtail_factories

from catalogue.models import CatalogueIndexPage, TrainingPage, TrainingProvider, TrainingSession


class TrainingProviderFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisme de formation {n}")
    slug = factory.LazyAttribute(lambda provider: slugify(provider.name)[:100])

    class Meta:
        model = TrainingProvider


class CatalogueIndexPageFactory(wagtail_factories.PageFactory):
    title = "Catalogue des formations"
    slug = "formations"
    intro = "Les formations au numérique en Martinique."

    class Meta:
        model = CatalogueIndexPage


class TrainingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Formation {n}")
    summary = "Une formation au numérique."
    provider = factory.SubFactory(TrainingProviderFactory)

    class Meta:
        model = TrainingPage


class TrainingSessionFactory(DjangoModelFactory):
    """A session of a programme (pass `page`): by default one month from today, for ten days."""

    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda session: session.start_date + datetime.timedelta(days=10))

    class Meta:
        model = TrainingSession
