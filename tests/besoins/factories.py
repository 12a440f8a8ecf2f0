"""Test data for buyers' needs: a need (pending by default), a provider with a solution, a label."""

import datetime

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from portail.models import Commune
from tests.label.factories import ProviderFactory, SolutionFactory


class NeedFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Site web de la médiathèque {n}")
    description = "Un site accessible pour présenter les horaires et les animations."
    category = "developpement"
    budget = "5k-20k"
    deadline = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    commune = factory.LazyFunction(lambda: Commune.objects.get(insee_code="97213"))  # Le Lamentin
    buyer_kind = "commune"
    organisation = "Mairie du Lamentin"
    email = "acheteur@example.org"
    status = "pending"

    class Meta:
        model = "besoins.Need"


def provider_in(category: str, *, labelled=False, **fields):
    """A provider presenting one solution in `category`; with a valid label when asked."""
    provider = ProviderFactory(**fields)
    SolutionFactory(provider=provider, category=category)
    if labelled:
        give_label(provider)
    return provider


def give_label(provider, *, valid_until=None):
    from label.models import LabelApplication

    today = timezone.localdate()
    application = LabelApplication.objects.create(
        provider=provider,
        status="approved",
        valid_from=today,
        valid_until=valid_until or today + datetime.timedelta(days=365),
    )
    provider.current_label = application
    provider.label_code = f"PLN-T{provider.pk:05d}"
    provider.save()
    return application
