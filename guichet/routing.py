"""Which partner a request goes to, and why, in words the company can read.

Rules are tried in order; the first active rule whose conditions all hold wins. A rule can send to
a fixed partner or to the intercommunality (EPCI) of the company's commune. Partners that already
declined the request are skipped. Nothing matches: the CTM.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from guichet.enums import Need, PartnerKind, Sector
from guichet.models import Partner, RoutingRule
from portail.models import Commune


@dataclass
class Case:
    commune: Commune
    sector: str
    headcount: int
    needs: list[str] = field(default_factory=list)


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
        else:
            partner = rule.partner
        if partner is None or partner.pk in skipped:
            continue
        return Decision(partner=partner, rule=rule, reasons=reasons)
    fallback = Partner.objects.filter(kind=PartnerKind.CTM).exclude(pk__in=skipped).first()
    fallback = fallback or Partner.objects.filter(kind=PartnerKind.CTM).first()
    return Decision(partner=fallback, rule=None, reasons=[["fallback"]])


def _matching_reasons(rule: RoutingRule, case: Case) -> list | None:
    """What the rule checked and found true, or None when a condition does not hold."""
    reasons = []
    if rule.sectors:
        if case.sector not in rule.sectors:
            return None
        reasons.append(["sector", case.sector])
    if rule.headcount_min is not None:
        if case.headcount < rule.headcount_min:
            return None
        reasons.append(["headcount_min", case.headcount, rule.headcount_min])
    if rule.headcount_max is not None:
        if case.headcount > rule.headcount_max:
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
        reasons.append(["commune", case.commune.name])
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
        elif code == "fallback":
            if len(reasons) == 1:
                return _("No specialised partner matches your situation: the CTM's guichet team handles it.")
            parts.append(_("no other partner matches your situation, so the CTM's guichet team handles it"))
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
