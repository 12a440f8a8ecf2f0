"""Which partner a request goes to and why: the default rules, editable rules, the command line,
and the working days behind the "we contact you within 3 working days" promise."""

import datetime
import json
from io import StringIO
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from django.core.management import CommandError, call_command
from django.utils import translation

from guichet import workdays
from guichet.enums import Sector
from guichet.models import RoutingRule
from guichet.routing import route
from portail.models import EPCI
from tests.guichet.factories import RoutingRuleFactory, case, commune, submit

pytestmark = pytest.mark.django_db

FORT_DE_FRANCE, LE_LORRAIN, SAINTE_LUCE = "97209", "97214", "97227"
MARTINIQUE = ZoneInfo("America/Martinique")


def slug_for(insee_code, sector, headcount, needs=(), **kwargs):
    return route(case(insee_code, sector, headcount, needs), **kwargs).partner.slug


# The default rules (created by migration)


@pytest.mark.parametrize(
    ("sector", "headcount", "insee_code", "expected"),
    [
        ("agriculture", 2, LE_LORRAIN, "chambre-agriculture-martinique"),
        ("agriculture", 40, FORT_DE_FRANCE, "chambre-agriculture-martinique"),
        ("artisanat", 1, SAINTE_LUCE, "cma-martinique"),
        ("artisanat", 25, FORT_DE_FRANCE, "cma-martinique"),
        ("commerce", 10, LE_LORRAIN, "cci-martinique"),
        ("industrie", 50, SAINTE_LUCE, "cci-martinique"),
        ("services", 12, FORT_DE_FRANCE, "cci-martinique"),
        ("commerce", 9, FORT_DE_FRANCE, "cacem"),
        ("commerce", 9, LE_LORRAIN, "cap-nord"),
        ("commerce", 9, SAINTE_LUCE, "espace-sud"),
        ("services", 0, LE_LORRAIN, "cap-nord"),
        ("liberal", 30, FORT_DE_FRANCE, "cacem"),
        ("associatif", 12, SAINTE_LUCE, "espace-sud"),
    ],
)
def test_the_default_rules_send_each_company_to_the_right_partner(sector, headcount, insee_code, expected):
    assert slug_for(insee_code, sector, headcount) == expected


def test_the_decision_names_the_winning_rule(partners):
    decision = route(case(LE_LORRAIN, "commerce", 12))

    assert decision.rule == RoutingRule.objects.get(position=30)
    assert decision.partner == partners["cci-martinique"]


# Editable rules


def test_a_deactivated_rule_is_skipped(partners):
    RoutingRule.objects.filter(position=10).update(active=False)  # agriculture → chamber

    decision = route(case(LE_LORRAIN, "agriculture", 2))

    assert decision.partner == partners["cap-nord"] and decision.rule.position == 40


def test_the_first_matching_rule_in_order_wins(partners):
    lorrain_rule = RoutingRuleFactory(
        position=50, name="Le Lorrain → CTM", partner=partners["ctm"], communes=[commune(LE_LORRAIN)]
    )
    assert slug_for(LE_LORRAIN, "commerce", 3) == "cap-nord"  # position 40 comes first

    lorrain_rule.position = 5
    lorrain_rule.save()

    assert slug_for(LE_LORRAIN, "commerce", 3) == "ctm"
    assert slug_for(LE_LORRAIN, "agriculture", 3) == "ctm"  # before the chamber's rule (10) too
    assert slug_for(FORT_DE_FRANCE, "commerce", 3) == "cacem"  # not its commune


def test_a_rule_on_needs_applies_when_one_of_the_needs_is_ticked(partners):
    RoutingRuleFactory(position=1, needs=["cybersecurite", "equipement"], partner=partners["ctm"])

    assert slug_for(LE_LORRAIN, "commerce", 3, needs=["site-web"]) == "cap-nord"
    decision = route(case(LE_LORRAIN, "commerce", 3, needs=["site-web", "cybersecurite"]))
    assert decision.partner == partners["ctm"]
    with translation.override("en"):
        assert decision.explanation == "You need: cybersecurity."


def test_a_rule_on_communes_applies_to_those_communes_only(partners):
    RoutingRuleFactory(position=1, communes=[commune(SAINTE_LUCE)], partner=partners["ctm"])

    assert slug_for(LE_LORRAIN, "commerce", 3) == "cap-nord"
    decision = route(case(SAINTE_LUCE, "commerce", 3))
    assert decision.partner == partners["ctm"]
    with translation.override("en"):
        assert decision.explanation == "Your company is in Sainte-Luce."


def test_a_rule_on_an_epci_applies_to_all_its_communes(partners):
    RoutingRuleFactory(
        position=1, epcis=[EPCI.objects.get(code="cacem")], sectors=["services"], partner=partners["ctm"]
    )

    assert slug_for(FORT_DE_FRANCE, "services", 3) == "ctm"
    assert slug_for("97213", "services", 3) == "ctm"  # Le Lamentin, also in the CACEM
    assert slug_for(LE_LORRAIN, "services", 3) == "cap-nord"
    assert slug_for(FORT_DE_FRANCE, "commerce", 3) == "cacem"  # the sector does not match
    with translation.override("en"):
        assert route(case(FORT_DE_FRANCE, "services", 3)).explanation == (
            "Your sector is services; "
            "Fort-de-France is in Communauté d'Agglomération du Centre de la Martinique."
        )


def test_a_rule_with_a_staff_range_applies_inside_the_range_only(partners):
    RoutingRuleFactory(position=1, headcount_min=1, headcount_max=2, partner=partners["ctm"])

    assert [slug_for(LE_LORRAIN, "liberal", staff) for staff in (0, 1, 2, 3)] == [
        "cap-nord",
        "ctm",
        "ctm",
        "cap-nord",
    ]
    with translation.override("en"):
        assert route(case(LE_LORRAIN, "liberal", 1)).explanation == (
            "You have 1 person on staff (1 or more); you have 1 person on staff (up to 2)."
        )


# Explanations


@pytest.mark.parametrize(
    ("sector", "headcount", "insee_code", "explanation"),
    [
        ("agriculture", 2, LE_LORRAIN, "Your sector is agriculture and fishing."),
        ("artisanat", 4, SAINTE_LUCE, "Your sector is crafts."),
        ("commerce", 12, LE_LORRAIN, "Your sector is retail; you have 12 people on staff (10 or more)."),
        (
            "commerce",
            9,
            LE_LORRAIN,
            "Le Lorrain is in Communauté d'Agglomération du Pays Nord Martinique.",
        ),
        (
            "associatif",
            9,
            SAINTE_LUCE,
            "Sainte-Luce is in Communauté d'Agglomération de l'Espace Sud de la Martinique.",
        ),
    ],
)
def test_the_decision_is_explained_in_words_the_company_reads(sector, headcount, insee_code, explanation):
    decision = route(case(insee_code, sector, headcount))

    with translation.override("en"):
        assert decision.explanation == explanation


def test_when_no_rule_matches_the_ctm_handles_the_request(partners):
    RoutingRule.objects.update(active=False)

    decision = route(case(LE_LORRAIN, "commerce", 3))

    assert decision.partner == partners["ctm"] and decision.rule is None
    with translation.override("en"):
        assert decision.explanation == (
            "No specialised partner matches your situation: the CTM's guichet team handles it."
        )


def test_an_epci_without_a_partner_sends_its_communes_to_the_ctm(partners):
    partners["cap-nord"].epci = None
    partners["cap-nord"].save()

    assert slug_for(LE_LORRAIN, "commerce", 3) == "ctm"
    assert slug_for(FORT_DE_FRANCE, "commerce", 3) == "cacem"


# Partners that declined are skipped


def test_a_partner_that_declined_is_skipped_for_the_next_matching_rule(partners):
    assert slug_for(LE_LORRAIN, "commerce", 12, skip=(partners["cci-martinique"],)) == "cap-nord"
    assert (
        slug_for(LE_LORRAIN, "commerce", 12, skip=(partners["cci-martinique"], partners["cap-nord"])) == "ctm"
    )


def test_when_every_partner_declined_the_ctm_still_takes_the_request(partners):
    everyone = tuple(partners.values())

    decision = route(case(LE_LORRAIN, "commerce", 3), skip=everyone)

    assert decision.partner == partners["ctm"] and decision.rule is None


# The command line


def run_route_command(*arguments):
    out = StringIO()
    with translation.override("en"):
        call_command("guichet_route", *arguments, "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            ["--commune", "Le Lorrain", "--secteur", "commerce", "--effectif", "3"],
            {
                "partner": {
                    "slug": "cap-nord",
                    "name": "CAP Nord Martinique – développement économique",
                    "kind": "epci",
                },
                "commune": {"insee": "97214", "name": "Le Lorrain"},
                "epci": "CAP Nord Martinique",
                "rule": "Autres entreprises → l'EPCI de la commune",
                "explanation": "Le Lorrain is in Communauté d'Agglomération du Pays Nord Martinique.",
            },
        ),
        (
            ["--commune", "97209", "--secteur", "services", "--effectif", "25", "--besoin", "site-web"],
            {
                "partner": {"slug": "cci-martinique", "name": "CCI Martinique", "kind": "cci"},
                "commune": {"insee": "97209", "name": "Fort-de-France"},
                "epci": "CACEM",
                "rule": "Commerce, industrie, services de 10 salariés et plus → CCI",
                "explanation": "Your sector is services; you have 25 people on staff (10 or more).",
            },
        ),
        (
            ["--commune", "Sainte-Luce", "--secteur", "agriculture", "--effectif", "1"],
            {
                "partner": {
                    "slug": "chambre-agriculture-martinique",
                    "name": "Chambre d'Agriculture de la Martinique",
                    "kind": "chambre_agriculture",
                },
                "commune": {"insee": "97227", "name": "Sainte-Luce"},
                "epci": "Espace Sud — CAESM",
                "rule": "Agriculture → Chambre d'agriculture",
                "explanation": "Your sector is agriculture and fishing.",
            },
        ),
    ],
    ids=["epci", "cci", "agriculture"],
)
def test_the_route_command_prints_the_decision_as_json(arguments, expected):
    assert run_route_command(*arguments) == expected


def test_the_route_command_prints_the_ctm_fallback_with_no_rule():
    RoutingRule.objects.update(active=False)

    result = run_route_command("--commune", "Le Lorrain", "--secteur", "liberal", "--effectif", "2")

    assert result["partner"]["slug"] == "ctm" and result["rule"] is None
    assert result["explanation"].startswith("No specialised partner matches")


@pytest.mark.parametrize("typed", ["Paris", "97100"])
def test_the_route_command_refuses_a_commune_outside_martinique(typed):
    with pytest.raises(CommandError) as refused:
        run_route_command("--commune", typed, "--secteur", "commerce", "--effectif", "3")

    assert refused.value.returncode == 2
    assert typed in str(refused.value)


def test_the_route_command_reads_five_digits_as_a_postal_code_first():
    """97227 is Sainte-Luce's INSEE code and Sainte-Anne's postal code; "INSEE 97227" is Sainte-Luce."""
    arguments = ["--secteur", "commerce", "--effectif", "3"]

    assert run_route_command("--commune", "97227", *arguments)["commune"]["name"] == "Sainte-Anne"
    assert run_route_command("--commune", "INSEE 97227", *arguments)["commune"]["name"] == "Sainte-Luce"
    assert run_route_command("--commune", "97228", *arguments)["commune"]["name"] == "Sainte-Luce"


def test_the_route_command_prints_one_line_without_json():
    out = StringIO()
    with translation.override("en"):
        call_command(
            "guichet_route",
            "--commune",
            "Le Lorrain",
            "--secteur",
            "artisanat",
            "--effectif",
            "2",
            stdout=out,
        )

    assert out.getvalue().strip() == (
        "Chambre de Métiers et de l'Artisanat de Martinique (Artisanat → CMA): Your sector is crafts."
    )


def test_the_route_command_refuses_a_negative_staff_count():
    with pytest.raises(CommandError) as refused:
        run_route_command("--commune", "Le Lorrain", "--secteur", "commerce", "--effectif", "-1")

    assert refused.value.returncode == 2


# Working days


def test_weekends_are_not_working_days():
    friday = datetime.date(2028, 3, 10)

    assert workdays.add_working_days(friday, 1) == datetime.date(2028, 3, 13)  # Monday
    assert workdays.add_working_days(friday, 3) == datetime.date(2028, 3, 15)
    assert not workdays.is_working_day(datetime.date(2028, 3, 11))
    assert not workdays.is_working_day(datetime.date(2028, 3, 12))


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (datetime.date(2028, 5, 1), "Labour Day"),
        (datetime.date(2028, 5, 22), "abolition of slavery in Martinique"),
        (datetime.date(2027, 3, 26), "Good Friday"),
        (datetime.date(2027, 3, 29), "Easter Monday"),
        (datetime.date(2028, 7, 14), "Bastille Day"),
    ],
)
def test_public_holidays_of_martinique_are_not_working_days(day, name):
    assert day.weekday() < 5, "a weekday, so that only the holiday makes it a day off"
    assert not workdays.is_working_day(day), name


def test_holidays_push_the_deadline_back():
    assert workdays.add_working_days(datetime.date(2028, 4, 28), 1) == datetime.date(2028, 5, 2)  # 1 May
    assert workdays.add_working_days(datetime.date(2028, 5, 19), 1) == datetime.date(2028, 5, 23)  # 22 May
    # Thursday before Easter 2027: Good Friday, the weekend and Easter Monday are off
    assert workdays.add_working_days(datetime.date(2027, 3, 25), 3) == datetime.date(2027, 4, 1)


def test_working_days_between_counts_the_days_after_the_start():
    monday = datetime.date(2027, 3, 22)

    assert workdays.working_days_between(monday, monday) == 0
    assert workdays.working_days_between(monday, datetime.date(2027, 3, 25)) == 3
    assert workdays.working_days_between(monday, datetime.date(2027, 3, 30)) == 4  # Easter off
    assert workdays.working_days_between(datetime.date(2027, 3, 30), monday) == 0


def at(*moment):
    """A moment in Martinique, as timezone.now() gives it (in UTC)."""
    return datetime.datetime(*moment, tzinfo=MARTINIQUE).astimezone(datetime.UTC)


def test_a_request_promises_contact_within_3_working_days(partners):
    thursday_before_easter = at(2027, 3, 25, 16, 30)

    with mock.patch("django.utils.timezone.now", return_value=thursday_before_easter):
        request = submit(sector=Sector.RETAIL)

    assert request.contact_by == datetime.date(2027, 4, 1)


def test_a_request_sent_late_in_the_evening_counts_from_the_day_in_martinique(partners):
    friday_night = at(2028, 3, 10, 23, 30)  # already Saturday in UTC

    with mock.patch("django.utils.timezone.now", return_value=friday_night):
        request = submit()

    assert request.contact_by == datetime.date(2028, 3, 15)  # Monday, Tuesday, Wednesday


def test_the_reference_carries_the_year_of_martinique(partners):
    new_years_eve = at(2026, 12, 31, 21, 0)  # already 2027 in UTC

    with mock.patch("django.utils.timezone.now", return_value=new_years_eve):
        request = submit()

    assert request.reference.startswith("GU-2026-")
