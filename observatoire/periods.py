"""The periods the observatory shows: a quarter ("2026-T3"), a year ("2026") or all time ("tout")."""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

ALL = "tout"
QUARTERS_SHOWN = 5  # the current quarter and the four before it
YEARS_SHOWN = 3
FIRST_YEAR = 2000  # no figure before


@dataclass(frozen=True)
class Period:
    key: str
    start: datetime.date | None  # None: since the beginning
    end: datetime.date | None  # exclusive; None: up to now

    @property
    def label(self) -> str:
        if self.key == ALL:
            return _("All time")
        if "-T" in self.key:
            year, quarter = self.key.split("-T")
            return _("Quarter %(quarter)s %(year)s") % {"quarter": quarter, "year": year}
        return _("Year %(year)s") % {"year": self.key}

    def is_past(self, today: datetime.date) -> bool:
        """Over: its figures can be frozen."""
        return self.end is not None and self.end <= today

    def bounds(self) -> tuple[datetime.datetime | None, datetime.datetime | None]:
        """Its start and end as aware datetimes at midnight in Martinique."""
        return _midnight(self.start), _midnight(self.end)

    def filter(self, queryset, field: str, *, dates: bool = False):
        """The rows whose `field` (a datetime; a date with `dates`) falls in the period."""
        start, end = (self.start, self.end) if dates else self.bounds()
        if start is not None:
            queryset = queryset.filter(**{f"{field}__gte": start})
        if end is not None:
            queryset = queryset.filter(**{f"{field}__lt": end})
        return queryset

    def reference_day(self, today: datetime.date) -> datetime.date:
        """The day a stock (open schemes, labels in force) is measured: the period's last day, or today."""
        if self.end is None or self.end > today:
            return today
        return self.end - datetime.timedelta(days=1)


def _midnight(day: datetime.date | None) -> datetime.datetime | None:
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def quarter(year: int, number: int) -> Period:
    start = datetime.date(year, 3 * number - 2, 1)
    end = datetime.date(year + 1, 1, 1) if number == 4 else datetime.date(year, 3 * number + 1, 1)
    return Period(f"{year}-T{number}", start, end)


def year(number: int) -> Period:
    return Period(str(number), datetime.date(number, 1, 1), datetime.date(number + 1, 1, 1))


def quarter_of(day: datetime.date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def previous_quarter(period: Period) -> Period:
    return quarter_of(period.start - datetime.timedelta(days=1))


def parse(key: str | None, today: datetime.date) -> Period | None:
    """The period a key names, or None for a key that is not one (or in the future)."""
    if not key or key == ALL:
        return Period(ALL, None, None)
    match = re.fullmatch(r"([0-9]{4})(?:-T([1-4]))?", key)
    if match is None or not FIRST_YEAR <= int(match[1]) <= today.year:
        return None
    period = quarter(int(match[1]), int(match[2])) if match[2] else year(int(match[1]))
    return period if period.start <= today else None


def choices(today: datetime.date) -> list[Period]:
    """What the period selector offers: the current quarter first, the last quarters, the years, all."""
    quarters = [quarter_of(today)]
    while len(quarters) < QUARTERS_SHOWN:
        quarters.append(previous_quarter(quarters[-1]))
    years = [year(today.year - number) for number in range(YEARS_SHOWN)]
    return [*quarters, *years, Period(ALL, None, None)]
