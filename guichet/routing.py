"""Which partner a request goes to, and why, in words the requester can read.

Rules are tried in order; the first active rule for the kind of request (company or individual)
whose conditions all hold wins. A rule can send to a fixed partner, to the intercommunality (EPCI)
of the commune, or (individuals) to the nearest mediation place offering the help asked for.
Partners that already declined the request are skipped. Nothing matches: the CTM (its training and
orientation service for individuals).
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from guichet.enums import AgeBand, Goal, Need, PartnerKind, PersonStatus, RequestKind, Sector
from guichet.models import Partner, RoutingRule
from lieux.enums import Service
from lieux.selectors import distance_km
from portail.models import Commune

# The services of the places map that answer each wish; a wish not listed: any of these services.
GOAL_SERVICES = {
    Goal.DIGITAL_BASICS: {Service.EVERYDAY_TOOLS, Service.UNDERSTANDING, Service.SAFETY},
    Goal.ONLINE_PROCEDURES: {Service.PAPERWORK},
    Goal.EQUIPMENT: {Service.EQUIPMENT, Service.ACCESS},
}
MEDIATION_SERVICES = set().union(*GOAL_SERVICES.values())


@dataclass
class Case:
    commune: Commune
    sector: str = ""
    headcount: int | None = None
    needs: list[str] = field(default_factory=list)
    kind: str = RequestKind.COMPANY
    person_status: str = ""
    goals: list[str] = field(default_factory=list)
    age_band: str = ""

    @classmethod
    def of(cls, request) -> "Case":
        """The case of a stored request (to route it again)."""
        return cls(
            request.commune,
            request.sector,
            request.headcount,
            list(request.needs),
            kind=request.kind,
            person_status=request.person_status,
            goals=list(request.goals),
            age_band=request.age_band,
        )


@dataclass
class Decision:
    partner: Partner
    rule: RoutingRule | None
    reasons: list[list] = field(default_factory=list)  # language-neutral; see explain()

    @property
    def explanation(self) -> str:
        return explain(self.reasons)


def route(case: Case, *, skip: tuple = ()) -> Decision:
    skipped = {partner.pk for partner in skip}
    rules = (
        RoutingRule.objects.filter(active=True)
        .select_related("partner")
        .prefetch_related("epcis", "communes")
    )
    epci_partners = {partner.epci_id: partner for partner in Partner.objects.filter(epci__isnull=False)}
    for rule in rules:
        reasons = _matching_reasons(rule, case)
        if reasons is None:
            continue
        if rule.to_commune_epci:
            partner = epci_partners.get(case.commune.epci_id)
            reasons.append(["commune_epci", case.commune.name, case.commune.epci.name])
        elif rule.to_nearest_place:
            partner, reason = nearest_place_partner(case, skip=skipped)
            reasons.append(reason)
        else:
            partner = rule.partner
        if partner is None or partner.pk in skipped:
            continue
        return Decision(partner=partner, rule=rule, reasons=reasons)
    return _fallback(case, skipped)


def _fallback(case: Case, skipped: set) -> Decision:
    kinds = [PartnerKind.CTM]
    if case.kind == RequestKind.PERSON:
        kinds.insert(0, PartnerKind.ORIENTATION)
    for kind in kinds:
        fallback = Partner.objects.filter(kind=kind).exclude(pk__in=skipped).first()
        if fallback:
            break
    fallback = fallback or Partner.objects.filter(kind=PartnerKind.CTM).first()
    code = "fallback_person" if fallback.kind == PartnerKind.ORIENTATION else "fallback"
    return Decision(partner=fallback, rule=None, reasons=[[code]])


def nearest_place_partner(case: Case, *, skip=()) -> tuple[Partner | None, list]:
    """The mediation place partner nearest to the commune's centre whose place (live) offers the help
    asked for, with the reason ["nearest_place", place, commune, km]; (None, []) when none does."""
    wanted = set().union(*(GOAL_SERVICES.get(goal, set()) for goal in case.goals)) or MEDIATION_SERVICES
    candidates = [
        partner
        for partner in Partner.objects.filter(place__isnull=False, place__live=True).select_related("place")
        if partner.pk not in skip and wanted & set(partner.place.services)
    ]
    if not candidates or case.commune.latitude is None:
        return None, []
    point = (case.commune.latitude, case.commune.longitude)
    distances = {
        partner.pk: distance_km(*point, partner.place.latitude, partner.place.longitude)
        for partner in candidates
    }
    nearest = min(candidates, key=lambda partner: (distances[partner.pk], partner.name))
    km = round(distances[nearest.pk])
    return nearest, ["nearest_place", nearest.place.title, case.commune.name, km]


def _matching_reasons(rule: RoutingRule, case: Case) -> list | None:
    """What the rule checked and found true, or None when a condition does not hold."""
    if rule.audience != case.kind:
        return None
    reasons = []
    if case.kind == RequestKind.PERSON:
        person = _person_reasons(rule, case)
        if person is None:
            return None
        reasons += person
    if rule.sectors:
        if case.sector not in rule.sectors:
            return None
        reasons.append(["sector", case.sector])
    if rule.headcount_min is not None:
        if case.headcount is None or case.headcount < rule.headcount_min:
            return None
        reasons.append(["headcount_min", case.headcount, rule.headcount_min])
    if rule.headcount_max is not None:
        if case.headcount is None or case.headcount > rule.headcount_max:
            return None
        reasons.append(["headcount_max", case.headcount, rule.headcount_max])
    if rule.needs:
        common = [need for need in case.needs if need in rule.needs]
        if not common:
            return None
        reasons.append(["needs", common])
    epcis = list(rule.epcis.all())
    if epcis:
        if case.commune.epci_id not in {epci.pk for epci in epcis}:
            return None
        reasons.append(["epci", case.commune.name, case.commune.epci.name])
    communes = list(rule.communes.all())
    if communes:
        if case.commune.pk not in {commune.pk for commune in communes}:
            return None
        reasons.append(["home" if case.kind == RequestKind.PERSON else "commune", case.commune.name])
    if case.kind == RequestKind.PERSON and not reasons:
        reasons.append(["person_any"])  # a rule for every individual: say so rather than nothing
    return reasons


def _person_reasons(rule: RoutingRule, case: Case) -> list | None:
    reasons = []
    if rule.statuses:
        if case.person_status not in rule.statuses:
            return None
        reasons.append(["person_status", case.person_status])
    if rule.age_bands:
        if case.age_band not in rule.age_bands:
            return None
        reasons.append(["age_band", case.age_band])
    if rule.goals:
        common = [goal for goal in case.goals if goal in rule.goals]
        if not common:
            return None
        reasons.append(["goals", common])
    return reasons


def explain(reasons: list[list]) -> str:
    """The reasons, as one sentence in the active language."""
    parts = []
    for code, *values in reasons:
        if code == "sector":
            parts.append(_("your sector is %(sector)s") % {"sector": str(Sector(values[0]).label).lower()})
        elif code == "headcount_min":
            parts.append(
                ngettext(
                    "you have %(count)d person on staff (%(limit)d or more)",
                    "you have %(count)d people on staff (%(limit)d or more)",
                    values[0],
                )
                % {"count": values[0], "limit": values[1]}
            )
        elif code == "headcount_max":
            parts.append(
                ngettext(
                    "you have %(count)d person on staff (up to %(limit)d)",
                    "you have %(count)d people on staff (up to %(limit)d)",
                    values[0],
                )
                % {"count": values[0], "limit": values[1]}
            )
        elif code == "needs":
            labels = ", ".join(str(Need(need).label).lower() for need in values[0])
            parts.append(_("you need: %(needs)s") % {"needs": labels})
        elif code in ("epci", "commune_epci"):
            parts.append(_("%(commune)s is in %(epci)s") % {"commune": values[0], "epci": values[1]})
        elif code == "commune":
            parts.append(_("your company is in %(commune)s") % {"commune": values[0]})
        elif code in PERSON_CODES:
            parts.append(_explain_person(code, values))
        elif code == "fallback":
            if len(reasons) == 1:
                return _("No specialised partner matches your situation: the CTM's guichet team handles it.")
            parts.append(_("no other partner matches your situation, so the CTM's guichet team handles it"))
        elif code == "fallback_person":
            if len(reasons) == 1:
                return _(
                    "No specialised partner matches your situation: the CTM's training and orientation "
                    "service handles it."
                )
            parts.append(
                _("no other partner matches your situation, so the CTM's orientation service handles it")
            )
        elif code == "escalated":
            parts.append(
                _("%(partner)s did not take it in charge within 10 working days, so the CTM took it over")
                % {"partner": values[0]}
            )
        elif code == "declined":
            parts.append(_("%(partner)s could not take your request") % {"partner": values[0]})
    if not parts:
        return _("This partner handles every request.")
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


PERSON_CODES = {"person_status", "age_band", "goals", "home", "nearest_place", "person_any"}


def _explain_person(code: str, values: list) -> str:
    if code == "person_status":
        return _("your situation: %(status)s") % {"status": str(PersonStatus(values[0]).label).lower()}
    if code == "age_band":
        return _("your age: %(age)s") % {"age": str(AgeBand(values[0]).label).lower()}
    if code == "goals":
        labels = ", ".join(str(Goal(goal).label).lower() for goal in values[0])
        return _("you would like to: %(goals)s") % {"goals": labels}
    if code == "home":
        return _("you live in %(commune)s") % {"commune": values[0]}
    if code == "person_any":
        return _("no more specific service matches your situation")
    place, commune, km = values
    if km < 1:
        return _("%(place)s, in %(commune)s, is the nearest place offering this help") % {
            "place": place,
            "commune": commune,
        }
    return _("%(place)s is the nearest place offering this help, about %(km)d km from %(commune)s") % {
        "place": place,
        "commune": commune,
        "km": km,
    }
