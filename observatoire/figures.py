"""What a figure of the observatory is: a table of rows and value columns, computed for a period.

An app describes its figures with `Figure` and `Column` and registers them (observatoire.registry)
from its AppConfig.ready(). `compute(period, today)` returns `[(row key, [values])]` with one value
per column; the row keys are stored in snapshots, and `label(key)` names a row in the language shown.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from statistics import median, quantiles

from django.utils.functional import Promise

from observatoire.periods import Period

COUNT = "count"  # a number of things: summed in the total, suppressed under 5 when `sensitive`
DAYS = "days"  # a duration in days, one decimal
PERCENT = "percent"
RATING = "rating"  # an average out of 5
TOTAL = "total"  # the row key of a total


@dataclass(frozen=True)
class Column:
    key: str
    label: Promise
    kind: str = COUNT
    sensitive: bool = False  # counts people or companies: small counts are suppressed


@dataclass(frozen=True)
class Figure:
    key: str  # stable: in URLs, downloads and snapshots
    theme: str
    title: Promise
    source: Promise  # where the figures come from, what they count
    row_header: Promise
    columns: tuple[Column, ...]
    compute: Callable[[Period, datetime.date], list[tuple[str, list]]]
    label: Callable[[str], str] = str
    summed: bool = True  # a total row of the count columns (False when a thing counts in several rows)
    charted: tuple[str, ...] = ()  # the columns drawn (of one kind); the first one by default

    @property
    def sensitive(self) -> bool:
        return any(column.sensitive for column in self.columns)


@dataclass(frozen=True)
class Theme:
    key: str
    title: Promise
    order: int


def choice_label(choices, **extra: Promise) -> Callable[[str], str]:
    """A row label from an enum's choices (and extra keys, e.g. "" for none), the key if unknown."""

    def label(key: str) -> str:
        if key in extra:
            return str(extra[key])
        try:
            return str(choices(key).label)
        except ValueError:
            return key

    return label


def median_of(values: list[float]) -> float | None:
    return round(median(values), 1) if values else None


def percentile_90(values: list[float]) -> float | None:
    """The 90th percentile (inclusive method: a value that was observed or between two)."""
    if not values:
        return None
    if len(values) == 1:
        return float(values[0])
    return round(quantiles(values, n=10, method="inclusive")[-1], 1)
