"""Periods: what `?periode=` accepts, and what the selector offers."""

import datetime

import pytest

from observatoire import periods

TODAY = datetime.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("", "tout"),
        ("tout", "tout"),
        ("2026-T4", "2026-T4"),
        ("2026", "2026"),
        ("2000-T1", "2000-T1"),
        ("2027-T1", None),  # the future
        ("2026-T5", None),
        ("0000", None),  # no year 0: not a server error
        ("1999", None),
        ("٢٠٢٦", None),  # digits of another script
        ("2026-t4", None),
    ],
)
def test_parse(key, expected):
    period = periods.parse(key, TODAY)
    assert (period.key if period else None) == expected


def test_quarters_and_years():
    q4 = periods.quarter_of(TODAY)
    assert (q4.key, q4.start, q4.end) == ("2026-T4", datetime.date(2026, 10, 1), datetime.date(2027, 1, 1))
    assert periods.previous_quarter(periods.quarter(2026, 1)).key == "2025-T4"
    assert not q4.is_past(TODAY) and periods.quarter(2026, 3).is_past(TODAY)
    assert periods.quarter(2026, 3).reference_day(TODAY) == datetime.date(2026, 9, 30)
    assert q4.reference_day(TODAY) == TODAY
    assert [period.key for period in periods.choices(TODAY)] == [
        "2026-T4", "2026-T3", "2026-T2", "2026-T1", "2025-T4", "2026", "2025", "2024", "tout",
    ]  # fmt: skip
