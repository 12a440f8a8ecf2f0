"""Writes of the observatory: freezing a period's figures into a snapshot, once."""

import datetime

from django.db import IntegrityError, transaction

from observatoire import periods, selectors
from observatoire.models import Snapshot


def freeze(period: periods.Period, today: datetime.date) -> Snapshot | None:
    """The period's snapshot: created from the live figures if it does not exist yet; an existing
    one is never recomputed (published figures do not move). None for a period not over yet."""
    if not period.is_past(today) or period.key == periods.ALL:
        return None
    existing = Snapshot.objects.filter(period=period.key).first()
    if existing is not None:
        return existing
    figures = selectors.live_tables(period, today)
    try:
        with transaction.atomic():
            return Snapshot.objects.create(
                period=period.key, starts_on=period.start, ends_on=period.end, figures=figures
            )
    except IntegrityError:  # another worker froze it meanwhile
        return Snapshot.objects.get(period=period.key)


def freeze_ended_periods(today: datetime.date) -> list[Snapshot]:
    """The last ended quarter and year (the daily job: a missed run is caught up the next day)."""
    last_quarter = periods.previous_quarter(periods.quarter_of(today))
    last_year = periods.year(today.year - 1)
    return [snapshot for period in (last_quarter, last_year) if (snapshot := freeze(period, today))]
