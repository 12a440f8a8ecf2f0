import datetime

import pytest

from django.utils import timezone

from guichet.models import AccompanimentRequest, Partner
from observatoire import periods, registry, suppression
from portail.models import Commune
from tests.guichet.factories import AccompanimentRequestFactory

TODAY = datetime.date(2026, 8, 1)
Q2 = periods.quarter(2026, 2)  # April to June 2026


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    """An aware datetime in Martinique."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def published(key: str, period=Q2, today=TODAY) -> dict:
    """A figure's table as the page publishes it, computed now."""
    figure = registry.figure(key)
    return suppression.table(figure, figure.compute(period, today))


def commune_in(epci_code: str) -> Commune:
    return Commune.objects.filter(epci__code=epci_code).order_by("insee_code").first()


def request_on(day: datetime.date, **fields) -> AccompanimentRequest:
    """A request received (and routed) on `day`; `created_at` set after the save (auto_now_add)."""
    fields.setdefault("routed_at", at(day))
    if isinstance(fields.get("partner"), str):
        fields["partner"] = Partner.objects.get(slug=fields["partner"])
    request = AccompanimentRequestFactory(**fields)
    AccompanimentRequest.objects.filter(pk=request.pk).update(created_at=at(day))
    request.refresh_from_db()
    return request


@pytest.fixture
def cleared_page_cache(settings):
    settings.PAGE_CACHE = False
