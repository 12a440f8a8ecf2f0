"""OpenStreetMap `opening_hours` (the national standard's `horaires`): the common subset.

Supported: "24/7"; rules separated by ";"; weekday lists and ranges (Mo-Fr,Su; Fr-Mo wraps);
PH (public holidays of Martinique); several intervals (09:00-12:00,14:00-18:00); overnight
ranges (22:00-02:00, or up to 24:00); "off"/"closed"; a rule without days (every day); comments
in double quotes. A later rule replaces earlier ones on the days it names (OSM semantics).
Anything else (months, weeks, sunrise, "+") is refused with a message, so editors fix it.
"""

import datetime
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils.dates import WEEKDAYS
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from portail.holidays import is_public_holiday

MARTINIQUE = ZoneInfo("America/Martinique")
DAY_CODES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
DAY_PART = r"(?:(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?|PH)"
DAYS = re.compile(rf"^{DAY_PART}(?:,{DAY_PART})*$")
TIME = r"(\d{1,2}):(\d{2})"
INTERVAL = re.compile(rf"^{TIME}-{TIME}$")
MINUTES_IN_DAY = 24 * 60


class OpeningHoursError(ValueError):
    """Raised with a message for the editor who typed the value."""


@dataclass(frozen=True)
class Rule:
    days: frozenset  # weekday numbers 0-6
    holidays: bool  # applies on public holidays (PH)
    intervals: tuple  # ((start, end), …) in minutes; end > 1440 runs past midnight
    comment: str = ""


@dataclass(frozen=True)
class OpeningHours:
    rules: tuple

    def day_rule(self, day: datetime.date) -> Rule | None:
        """The rule in force on that day: the last one naming it (PH first on a holiday)."""
        holiday = is_public_holiday(day)
        found = None
        for rule in self.rules:
            if (holiday and rule.holidays) or day.weekday() in rule.days:
                found = rule
        return found

    def intervals_on(self, day: datetime.date) -> tuple:
        rule = self.day_rule(day)
        return rule.intervals if rule else ()

    def is_open(self, moment: datetime.datetime) -> bool:
        local = moment.astimezone(MARTINIQUE)
        minute = local.hour * 60 + local.minute
        today, yesterday = local.date(), local.date() - datetime.timedelta(days=1)
        if any(start <= minute < end for start, end in self.intervals_on(today)):
            return True
        return any(start <= minute + MINUTES_IN_DAY < end for start, end in self.intervals_on(yesterday))

    def describe(self) -> list[tuple[str, str]]:
        """(days, hours) lines in the active language, consecutive days with equal hours grouped."""
        lines, week = [], []
        for number in range(7):
            rule = next((r for r in reversed(self.rules) if number in r.days), None)
            week.append((number, _hours_text(rule)))
        start = 0
        for index in range(1, 8):
            if index == 7 or week[index][1] != week[start][1]:
                first, last = WEEKDAYS[start], WEEKDAYS[index - 1]
                if index - 1 == start:
                    label = str(first)
                else:
                    label = _("%(first)s to %(last)s") % {"first": first, "last": last}
                lines.append((capfirst(label), week[start][1]))
                start = index
        holiday_rule = next((r for r in reversed(self.rules) if r.holidays), None)
        if holiday_rule is not None:
            lines.append((_("Public holidays"), _hours_text(holiday_rule)))
        return lines


def _clock(minutes: int) -> str:
    minutes %= MINUTES_IN_DAY
    return f"{minutes // 60}:{minutes % 60:02d}"


def _hours_text(rule: Rule | None) -> str:
    if rule is None or not rule.intervals:
        text = _("closed")
    elif rule.intervals == ((0, MINUTES_IN_DAY),):
        text = _("open all day")
    else:
        parts = []
        for start, end in rule.intervals:
            part = _("%(start)s to %(end)s") % {"start": _clock(start), "end": _clock(end)}
            if end > MINUTES_IN_DAY:
                part += " " + _("(the next day)")
            parts.append(part)
        text = ", ".join(parts[:-1]) + (" " + _("and") + " " if len(parts) > 1 else "") + parts[-1]
    if rule is not None and rule.comment:
        text += f" ({rule.comment})"
    return text


def _day_set(selector: str) -> tuple[frozenset, bool]:
    days, holidays = set(), False
    for part in selector.split(","):
        if part == "PH":
            holidays = True
            continue
        first, _sep, last = part.partition("-")
        start = DAY_CODES.index(first)
        end = DAY_CODES.index(last) if last else start
        number = start
        days.add(number)
        while number != end:  # Fr-Mo wraps over the weekend
            number = (number + 1) % 7
            days.add(number)
    return frozenset(days), holidays


def _intervals(text: str) -> tuple:
    if text in ("off", "closed"):
        return ()
    result = []
    for piece in text.split(","):
        match = INTERVAL.match(piece)
        if not match:
            raise OpeningHoursError(_("“%(text)s” is not a time range like 09:00-12:00.") % {"text": piece})
        h1, m1, h2, m2 = (int(value) for value in match.groups())
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
            raise OpeningHoursError(_("“%(text)s” is not a valid time range.") % {"text": piece})
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if end <= start:
            end += MINUTES_IN_DAY  # overnight: 22:00-02:00
        result.append((start, end))
    return tuple(sorted(result))


def parse(value: str) -> OpeningHours:
    """Parse a value; raises OpeningHoursError with an explanation in the active language."""
    text = (value or "").strip()
    if not text:
        raise OpeningHoursError(_("The opening hours are empty."))
    if text == "24/7":
        everything = frozenset(range(7))
        return OpeningHours((Rule(everything, True, ((0, MINUTES_IN_DAY),)),))
    rules = []
    for raw in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', text):
        raw = raw.strip()
        if not raw:
            continue
        comment = ""
        if match := re.search(r'"([^"]*)"', raw):
            comment = match[1].strip()
            raw = (raw[: match.start()] + raw[match.end() :]).strip()
        raw = re.sub(r"\s*([,-])\s*", r"\1", raw)
        selector, _sep, times = raw.partition(" ")
        if DAYS.match(selector):
            days, holidays = _day_set(selector)
        elif selector and (INTERVAL.match(selector.split(",")[0]) or selector in ("off", "closed")):
            days, holidays, times = frozenset(range(7)), False, raw
        elif not raw and comment:
            days, holidays, times = frozenset(range(7)), False, "off"
        else:
            raise OpeningHoursError(
                _("“%(text)s” is not understood: use days like Mo-Fr, Sa, PH followed by hours.")
                % {"text": raw}
            )
        times = times.strip() or ("off" if comment else "")
        if not times:
            raise OpeningHoursError(
                _("Give hours (like 09:00-17:00) or “off” after %(days)s.") % {"days": selector}
            )
        rules.append(Rule(days, holidays, _intervals(times), comment))
    return OpeningHours(tuple(rules))


def parse_or_none(value: str) -> OpeningHours | None:
    try:
        return parse(value)
    except OpeningHoursError:
        return None


def validate_opening_hours(value: str) -> None:
    from django.core.exceptions import ValidationError

    if value:
        try:
            parse(value)
        except OpeningHoursError as error:
            raise ValidationError(str(error), code="invalid") from error
