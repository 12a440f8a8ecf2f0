"""OSM opening_hours: parsing, plain words in three languages, "open now" in Martinique time."""

import datetime

import pytest

from django.utils import translation

from lieux.opening_hours import OpeningHoursError, parse
from portail import holidays
from tests.utils import in_martinique


def test_weekdays_several_intervals_and_saturday_morning():
    hours = parse("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00")
    thursday = datetime.date(2027, 3, 4)
    assert hours.intervals_on(thursday) == ((540, 720), (840, 1110))
    assert hours.is_open(in_martinique(2027, 3, 4, 11, 59))
    assert not hours.is_open(in_martinique(2027, 3, 4, 12, 0))  # the end is excluded
    assert hours.is_open(in_martinique(2027, 3, 6, 8, 30))  # Saturday
    assert not hours.is_open(in_martinique(2027, 3, 7, 10, 0))  # Sunday: no rule, closed


def test_open_now_is_computed_in_martinique_time_whatever_the_clock_of_the_server():
    hours = parse("Mo-Fr 09:00-17:00")
    paris_evening = datetime.datetime(2027, 3, 4, 20, 30, tzinfo=datetime.UTC)  # 16:30 in Martinique
    assert hours.is_open(paris_evening)
    assert not hours.is_open(datetime.datetime(2027, 3, 4, 21, 30, tzinfo=datetime.UTC))  # 17:30


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (datetime.date(2027, 5, 22), "abolition of slavery (a Saturday)"),
        (datetime.date(2027, 3, 26), "Good Friday"),
        (datetime.date(2027, 3, 29), "Easter Monday"),
        (datetime.date(2027, 7, 21), "Victor Schœlcher day"),
    ],
)
def test_public_holidays_follow_the_ph_rule(day, name):
    hours = parse("Mo-Sa 09:00-17:00; PH off")
    assert holidays.is_public_holiday(day), name
    assert not hours.is_open(in_martinique(day.year, day.month, day.day, 10, 0)), name
    assert hours.is_open(in_martinique(2027, 5, 21, 10, 0))  # the Friday before 22 May


def test_holiday_hours_replace_the_weekday_ones():
    hours = parse("Mo-Fr 09:00-17:00; PH 10:00-12:00")
    assert hours.is_open(in_martinique(2027, 7, 14, 11, 0))
    assert not hours.is_open(in_martinique(2027, 7, 14, 15, 0))


def test_a_later_rule_replaces_an_earlier_one_on_its_days():
    hours = parse("Mo-Fr 09:00-17:00; We off")
    assert not hours.is_open(in_martinique(2027, 3, 3, 10, 0))
    assert hours.is_open(in_martinique(2027, 3, 4, 10, 0))


def test_overnight_ranges_run_into_the_next_morning():
    hours = parse("Fr-Sa 20:00-02:00")
    assert hours.is_open(in_martinique(2027, 3, 5, 23, 0))  # Friday night
    assert hours.is_open(in_martinique(2027, 3, 6, 1, 30))  # Saturday, from Friday's range
    assert not hours.is_open(in_martinique(2027, 3, 6, 2, 0))
    assert hours.is_open(in_martinique(2027, 3, 7, 1, 0))  # Sunday, from Saturday's range
    assert not hours.is_open(in_martinique(2027, 3, 8, 1, 0))  # Monday: Sunday is closed


def test_wrapping_day_ranges_and_24_7():
    assert parse("Sa-Mo 10:00-12:00").intervals_on(datetime.date(2027, 3, 8)) == ((600, 720),)  # Monday
    always = parse("24/7")
    assert always.is_open(in_martinique(2027, 12, 25, 3, 0))
    assert parse("Mo-Su 00:00-24:00").is_open(in_martinique(2027, 3, 4, 23, 59))


def test_comments_are_kept_and_shown():
    hours = parse('Tu 14:00-16:00 "sur rendez-vous"; Sa off "fermé en août"')
    rule = hours.day_rule(datetime.date(2027, 3, 2))
    assert rule.comment == "sur rendez-vous"
    with translation.override("en"):
        assert ("Tuesday", "14:00 to 16:00 (sur rendez-vous)") in hours.describe()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", [("Monday to Friday", "9:00 to 12:00 and 14:00 to 17:00"), ("Saturday to Sunday", "closed")]),
        ("fr", [("Lundi à vendredi", "9:00 à 12:00 et 14:00 à 17:00"), ("Samedi à dimanche", "fermé")]),
        ("es", [("Lunes a viernes", "9:00 a 12:00 y 14:00 a 17:00"), ("Sábado a domingo", "cerrado")]),
    ],
)
def test_hours_are_described_in_plain_words_in_three_languages(language, expected):
    hours = parse("Mo-Fr 09:00-12:00,14:00-17:00; PH off")
    with translation.override(language):
        lines = hours.describe()
    assert lines[:2] == expected
    assert len(lines) == 3  # weekdays, weekend, public holidays
    assert lines[2][0] in {"Public holidays", "Jours fériés", "Días festivos"}


@pytest.mark.parametrize(
    "value",
    [
        "Jan-Mar 09:00-12:00",
        "Mo-Fr 9h-12h",
        "Mo-Fr 09:00-25:00",
        "Mo-Fr",
        "Mo-Fr 10:00+",
        "sunrise-sunset",
        "PH-Mo 09:00-12:00",
    ],
)
def test_what_is_not_understood_is_refused_with_a_message(value):
    with pytest.raises(OpeningHoursError) as error:
        parse(value)
    assert str(error.value)
