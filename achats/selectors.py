"""Reads of local digital purchasing: published calls, their filters and feeds."""

import datetime

from django.db.models import QuerySet
from django.utils import timezone

from achats.enums import CallState
from achats.models import CallForTenders


def published_calls() -> QuerySet:
    return CallForTenders.objects.filter(published=True)


def with_category(calls: QuerySet, category: str) -> QuerySet:
    """Calls listing `category`: the JSON list's text holds the quoted value (works on PostgreSQL and
    SQLite; values are slugs, so a quoted value cannot match part of another)."""
    return calls.filter(categories__icontains=f'"{category}"')


def filter_calls(
    *, category: str = "", kind: str = "", state: str = "", today: datetime.date | None = None
) -> QuerySet:
    """Published calls; open ones first by nearest deadline, closed ones after by latest deadline."""
    today = today or timezone.localdate()
    calls = published_calls()
    if category:
        calls = with_category(calls, category)
    if kind:
        calls = calls.filter(kind=kind)
    if state == CallState.OPEN:
        return calls.filter(deadline__gte=today).order_by("deadline", "pk")
    if state == CallState.CLOSED:
        return calls.filter(deadline__lt=today).order_by("-deadline", "pk")
    return _open_then_closed(calls, today)


def _open_then_closed(calls: QuerySet, today: datetime.date) -> list:
    return [
        *calls.filter(deadline__gte=today).order_by("deadline", "pk"),
        *calls.filter(deadline__lt=today).order_by("-deadline", "pk"),
    ]


def open_calls(today: datetime.date | None = None) -> QuerySet:
    return filter_calls(state=CallState.OPEN, today=today)
