"""Public holidays in Martinique: the national ones, Good Friday and 22 May (abolition of slavery)."""

import datetime
from functools import cache


def _easter(year: int) -> datetime.date:
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


@cache
def holidays(year: int) -> frozenset[datetime.date]:
    easter = _easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (5, 22), (7, 14), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)]
    moving = [easter - datetime.timedelta(days=2), easter + datetime.timedelta(days=1)]
    moving += [easter + datetime.timedelta(days=39), easter + datetime.timedelta(days=50)]
    return frozenset([datetime.date(year, month, day) for month, day in fixed] + moving)


def is_public_holiday(day: datetime.date) -> bool:
    return day in holidays(day.year)
