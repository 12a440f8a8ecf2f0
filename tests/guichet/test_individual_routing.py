"""Where an individual's request goes, and why: the default rules for individuals (migration 0007),
as a table of every situation × wish × age band × kind of commune; the nearest mediation place; the
rules stay editable and never mix companies and individuals."""

import itertools

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from guichet import services
from guichet.enums import AgeBand, Goal, PersonStatus, RequestKind
from guichet.models import RoutingRule
from guichet.routing import explain, route
from lieux.models import PlacePage
from tests.guichet.conftest import member_of
from tests.guichet.factories import RoutingRuleFactory, person_case, submit_person

pytestmark = pytest.mark.django_db

# Kinds of commune: a town of each EPCI with a mediation place, and a far commune without one.
COMMUNES = {
    "centre, with a place": "97209",  # Fort-de-France: Le Park Numérique
    "north, with a place": "97214",  # Le Lorrain: France Services du Lorrain
    "south, with a place": "97227",  # Sainte-Luce: Up & Space
    "north, no place": "97211",  # Grand'Rivière: the nearest is Le Lorrain (~15 km; Fort-de-France ~35)
}
NEAREST_PLACE = {
    "centre, with a place": "park",
    "north, with a place": "fs-lorrain",
    "south, with a place": "upspace",
    "north, no place": "fs-lorrain",
}
MISSION_LOCALE = {
    "centre, with a place": "mission-locale-centre",
    "north, with a place": "mission-locale-nord",
    "south, with a place": "mission-locale-sud",
    "north, no place": "mission-locale-nord",
}
DIGITAL_HELP = {Goal.DIGITAL_BASICS, Goal.ONLINE_PROCEDURES, Goal.EQUIPMENT}


def expected(status, goal, age, commune_kind) -> str:
    """The routing policy as docs/guichet.md states it, first line that applies."""
    if goal in DIGITAL_HELP:
        return NEAREST_PLACE[commune_kind]  # digital help: the nearest mediation place
    if age == AgeBand.UNDER_26:
        return MISSION_LOCALE[commune_kind]  # under 26: the mission locale of the area
    if status == PersonStatus.JOB_SEEKER:
        return "france-travail"
    return "ctm-orientation"  # everyone else: the CTM's training and orientation service


@pytest.mark.parametrize("age", AgeBand.values)
@pytest.mark.parametrize("status", PersonStatus.values)
def test_the_individual_routing_table(mediation_places, status, age):
    """One test per situation × age band; each checks every wish × kind of commune (24 cells) and
    lists every cell that differs, so that one run shows the whole table's state."""
    wrong = []
    for goal, commune_kind in itertools.product(Goal.values, COMMUNES):
        decision = route(person_case(COMMUNES[commune_kind], status, [goal], age))
        want = expected(status, goal, age, commune_kind)
        if decision.partner.slug != want or decision.rule is None:
            wrong.append((goal, commune_kind, decision.partner.slug, want))
        assert decision.rule is None or decision.rule.audience == RequestKind.PERSON

    assert wrong == []


@pytest.mark.parametrize(
    ("status", "goals", "age", "insee_code", "slug"),
    [
        ("retraite", ["bases-numeriques"], "60-plus", "97214", "fs-lorrain"),
        ("retraite", ["demarches"], "60-plus", "97211", "fs-lorrain"),
        ("jeune", ["se-former"], "moins-26", "97209", "mission-locale-centre"),
        ("jeune", ["changer-metier"], "moins-26", "97232", "mission-locale-sud"),  # Le Vauclin
        ("demandeur-emploi", ["se-former"], "moins-26", "97230", "mission-locale-nord"),  # La Trinité
        ("demandeur-emploi", ["certification-vae"], "26-59", "97209", "france-travail"),
        ("salarie", ["certification-vae"], "26-59", "97229", "ctm-orientation"),
        ("apprenant", ["se-former", "bases-numeriques"], "26-59", "97227", "upspace"),  # any wish matches
    ],
)
def test_spot_checks_of_the_table(mediation_places, status, goals, age, insee_code, slug):
    assert route(person_case(insee_code, status, goals, age)).partner.slug == slug


def test_without_any_mediation_place_digital_help_goes_to_the_next_rule():
    """No EPN or France Services is a partner yet (a new installation): the rule is skipped."""
    assert route(person_case("97214", "retraite", ["bases-numeriques"], "60-plus")).partner.slug == (
        "ctm-orientation"
    )


def test_a_place_that_does_not_offer_the_help_asked_for_is_skipped(mediation_places):
    PlacePage.objects.filter(pk=mediation_places["park"].place_id).update(
        services=["comprendre"]
    )  # no paperwork

    assert route(person_case("97209", "retraite", ["bases-numeriques"])).partner.slug == "park"
    assert route(person_case("97209", "retraite", ["demarches"])).partner.slug != "park"


def test_the_explanation_names_the_place_and_the_distance(mediation_places):
    with translation.override("en"):
        decision = route(person_case("97211", "retraite", ["bases-numeriques"]))
        sentence = decision.explanation

    assert "France Services du Lorrain is the nearest place offering this help" in sentence
    assert "km from Grand'Rivière" in sentence
    assert sentence.startswith("You would like to: learn digital basics")


def test_the_explanation_of_the_mission_locale_says_age_and_area():
    with translation.override("en"):
        sentence = route(person_case("97209", "jeune", ["se-former"], "moins-26")).explanation

    assert (
        sentence
        == "Your age: under 26; Fort-de-France is in Communauté d'Agglomération du Centre de la Martinique."
    )


def test_company_rules_never_take_an_individual(partners):
    RoutingRuleFactory(position=1, name="Tout → CCI")  # a company rule with no condition, first

    assert route(person_case("97209", "salarie", ["se-former"], "26-59")).partner.slug == "ctm-orientation"


def test_with_no_rule_for_individuals_the_ctm_orientation_service_answers():
    RoutingRule.objects.filter(audience=RequestKind.PERSON).update(active=False)

    decision = route(person_case("97209", "retraite", ["se-former"]))

    assert decision.partner.slug == "ctm-orientation" and decision.rule is None
    with translation.override("en"):
        assert "training and orientation service" in explain(decision.reasons)


def test_an_editor_can_change_the_rules_for_individuals(partners):
    RoutingRuleFactory(
        position=105, audience=RequestKind.PERSON, statuses=["retraite"], partner=partners["france-travail"]
    )

    assert route(person_case("97214", "retraite", ["bases-numeriques"])).partner.slug == "france-travail"


@pytest.mark.parametrize(
    ("fields", "valid"),
    [
        ({"audience": "particulier", "sectors": ["commerce"]}, False),
        ({"audience": "particulier", "headcount_min": 3}, False),
        ({"audience": "entreprise", "goals": ["se-former"]}, False),
        ({"audience": "entreprise", "to_nearest_place": True, "partner": None}, True),
        ({"audience": "particulier", "to_commune_epci": True}, False),  # two targets
        ({"audience": "particulier", "goals": ["se-former"]}, True),
    ],
)
def test_a_rule_mixing_companies_and_individuals_is_refused(partners, fields, valid):
    rule = RoutingRule(name="Règle", **{"partner": partners["ctm"], **fields})
    if valid:
        rule.clean()
    else:
        with pytest.raises(ValidationError):
            rule.clean()


def test_a_declining_place_passes_the_request_to_the_next_nearest_place(mediation_places):
    request = submit_person()  # a retired person in Le Lorrain, digital basics
    adviser = member_of(mediation_places["fs-lorrain"])
    assert request.partner == mediation_places["fs-lorrain"]

    services.transition(request, "decline", user=adviser, message="Fermé pour travaux.")

    request.refresh_from_db()
    assert request.partner.kind == "mediation" and request.partner != mediation_places["fs-lorrain"]
    assert request.routing_reasons[0] == ["declined", "France Services du Lorrain"]
