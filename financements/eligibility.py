"""The eligibility finder: a short profile, then each scheme with the reasons it fits or does not."""

import datetime
from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import gettext as _

from financements.enums import Beneficiary, ProjectType, SchemeStatus, Sector, funded_projects
from portail.models import Commune
from portail.selectors import CommuneLookupError, commune_lookup

PARAMETERS = ("beneficiaire", "secteur", "commune", "projet", "effectif")
MAX_HEADCOUNT = 1_000_000


class ProfileError(ValueError):
    def __init__(self, errors: dict[str, str]):
        super().__init__(errors)
        self.errors = errors


@dataclass(frozen=True)
class Profile:
    beneficiary: str
    sector: str
    commune: Commune
    project: str = ""
    headcount: int | None = None


def profile_from_params(params) -> Profile:
    """Read the finder's parameters (stable slugs); every problem is reported, none is guessed."""
    errors = {}
    for name in sorted(set(params) - set(PARAMETERS)):
        errors[name] = _("Unknown parameter. Accepted: %(names)s.") % {"names": ", ".join(PARAMETERS)}

    def choice(name, enum, required):
        value = (params.get(name) or "").strip()
        if not value:
            if required:
                errors[name] = _("Required. One of: %(values)s.") % {"values": ", ".join(enum.values)}
            return ""
        if value not in enum.values:
            errors[name] = _("“%(value)s” is not accepted. One of: %(values)s.") % {
                "value": value,
                "values": ", ".join(enum.values),
            }
        return value

    beneficiary = choice("beneficiaire", Beneficiary, required=True)
    sector = choice("secteur", Sector, required=True)
    project = choice("projet", ProjectType, required=False)
    commune = None
    try:
        commune = commune_lookup(params.get("commune") or "")
    except CommuneLookupError as error:
        errors["commune"] = str(error)
    headcount = None
    raw_headcount = (params.get("effectif") or "").strip()
    if raw_headcount:
        if raw_headcount.isdigit() and int(raw_headcount) <= MAX_HEADCOUNT:
            headcount = int(raw_headcount)
        else:
            errors["effectif"] = _("Give the number of people working in the structure, e.g. 4.")
    if errors:
        raise ProfileError(errors)
    return Profile(beneficiary, sector, commune, project, headcount)


@dataclass
class Assessment:
    scheme: object
    reasons: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _labels(enum, values):
    return ", ".join(str(enum(value).label).lower() for value in values)


def assess(scheme, profile: Profile, today: datetime.date) -> Assessment:
    """Check a scheme against a profile, saying why on each point."""
    result = Assessment(scheme)
    if profile.beneficiary in scheme.beneficiaries:
        result.reasons.append(_("Open to: %(who)s.") % {"who": _labels(Beneficiary, [profile.beneficiary])})
    else:
        result.failures.append(
            _("Reserved for: %(who)s.") % {"who": _labels(Beneficiary, scheme.beneficiaries)}
        )

    if not scheme.sectors:
        result.reasons.append(_("Every sector of activity."))
    elif profile.sector in scheme.sectors:
        result.reasons.append(
            _("Covers your sector: %(sector)s.") % {"sector": _labels(Sector, [profile.sector])}
        )
    else:
        result.failures.append(
            _("Limited to these sectors: %(sectors)s.") % {"sectors": _labels(Sector, scheme.sectors)}
        )

    epcis, communes = list(scheme.epcis.all()), list(scheme.communes.all())
    if not epcis and not communes:
        result.reasons.append(_("Available everywhere in Martinique."))
    elif profile.commune in communes or profile.commune.epci in epcis:
        result.reasons.append(_("Available in %(commune)s.") % {"commune": profile.commune.name})
    else:
        areas = ", ".join([str(epci) for epci in epcis] + [commune.name for commune in communes])
        result.failures.append(_("Only available in: %(areas)s.") % {"areas": areas})

    if profile.project and scheme.project_types:
        if profile.project in scheme.project_types:
            result.reasons.append(
                _("Funds this kind of project: %(project)s.")
                % {"project": _labels(ProjectType, [profile.project])}
            )
        elif profile.project in funded_projects(scheme.project_types):
            result.reasons.append(
                _("Funds digital transformation projects, which include: %(project)s.")
                % {"project": _labels(ProjectType, [profile.project])}
            )
        else:
            result.failures.append(
                _("Does not fund this kind of project (it funds: %(projects)s).")
                % {"projects": _labels(ProjectType, scheme.project_types)}
            )

    if profile.headcount is not None:
        too_small = scheme.headcount_min is not None and profile.headcount < scheme.headcount_min
        too_big = scheme.headcount_max is not None and profile.headcount > scheme.headcount_max
        if too_small:
            result.failures.append(
                _("For structures of at least %(count)s people.") % {"count": scheme.headcount_min}
            )
        elif too_big:
            result.failures.append(
                _("For structures of at most %(count)s people.") % {"count": scheme.headcount_max}
            )

    status = scheme.status_on(today)
    if status == SchemeStatus.CLOSED:
        result.failures.append(_("Closed since %(date)s.") % {"date": formats.date_format(scheme.closes_on)})
    elif status == SchemeStatus.UPCOMING:
        result.reasons.append(_("Opens on %(date)s.") % {"date": formats.date_format(scheme.opens_on)})
    elif status == SchemeStatus.CLOSING_SOON:
        result.reasons.append(
            _("Closes on %(date)s: apply soon.") % {"date": formats.date_format(scheme.closes_on)}
        )
    return result


def find_schemes(schemes, profile: Profile, today: datetime.date):
    """Matches (every point fits, never a closed scheme) and near misses (one point does not)."""
    assessments = [assess(scheme, profile, today) for scheme in schemes]
    matches = [a for a in assessments if not a.failures]
    near_misses = [a for a in assessments if len(a.failures) == 1]
    return matches, near_misses
