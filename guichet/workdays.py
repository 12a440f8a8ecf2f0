"""Working days in Martinique: weekends and public holidays (see portail.holidays)."""

import datetime

from portail.holidays import holidays


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and day not in holidays(day.year)


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    day = start
    while days > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        count += is_working_day(day)
    return count
