"""The funding guide as open data in the vocabulary of Aides-territoires (aides-territoires.beta.gouv.fr):
its field names (`aid_types`, `targeted_audiences`, `perimeter`, `recurrence`, `start_date`,
`submission_deadline`, `financers`…) and its values' labels, as its public API gives them. The
mapping from our fields is documented in docs/funding-guide.md."""

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Locale

from financements.enums import Beneficiary, HelpKind
from financements.models import FundingSchemePage
from financements.selectors import guide_for_language, guide_schemes
from portail.api.datasets import latest_publication

# Aides-territoires' aid types (id, label).
GRANT = ("grant", "Subvention")
LOAN = ("loan", "Prêt")
OTHER_FINANCIAL = ("other", "Autre aide financière")
TECHNICAL = ("technical_engineering", "Ingénierie technique")
AID_TYPES = {
    HelpKind.GRANT: GRANT,
    HelpKind.LOAN: LOAN,
    HelpKind.TRAINING_COSTS: OTHER_FINANCIAL,
    HelpKind.SUPPORT: TECHNICAL,
    HelpKind.GUARANTEE: OTHER_FINANCIAL,
    HelpKind.VOUCHER: GRANT,
}

# Aides-territoires' audiences (id, label).
COMPANIES = ("private_sector", "Entreprises privées")
PEOPLE = ("private_person", "Particuliers")
AUDIENCES = {
    Beneficiary.TPE: [COMPANIES],
    Beneficiary.PME: [COMPANIES],
    Beneficiary.SELF_EMPLOYED: [COMPANIES],
    Beneficiary.FOUNDER: [COMPANIES],
    Beneficiary.ASSOCIATION: [("association", "Associations")],
    Beneficiary.JOB_SEEKER: [PEOPLE],
    Beneficiary.EMPLOYEE: [PEOPLE],
    Beneficiary.YOUNG: [PEOPLE],
    Beneficiary.LOCAL_AUTHORITY: [("commune", "Communes"), ("epci", "Intercommunalités / Pays")],
}

ONE_OFF = ("oneoff", "Ponctuelle")
ONGOING = ("ongoing", "Permanente")
MARTINIQUE = "Martinique"

COLUMNS = [
    "id",
    "slug",
    "url",
    "name",
    "financers",
    "description",
    "eligibility",
    "perimeter",
    "perimeter_scale",
    "targeted_audiences",
    "aid_types",
    "is_call_for_project",
    "start_date",
    "submission_deadline",
    "subvention_rate_upper_bound",
    "amount_min",
    "amount_max",
    "contact",
    "recurrence",
    "date_updated",
]
LIST_SEPARATOR = "|"


def _labels(pairs) -> list[str]:
    """Labels in order, each once."""
    return list(dict.fromkeys(label for _id, label in pairs))


def _perimeter(scheme) -> tuple[str, str]:
    """(name, scale): the communes, else the EPCIs, else the whole of Martinique."""
    if communes := scheme.communes.all():
        return ", ".join(sorted(commune.name for commune in communes)), "commune"
    if epcis := scheme.epcis.all():
        return ", ".join(sorted(epci.name for epci in epcis)), "epci"
    return MARTINIQUE, "department"


def _recurrence(scheme) -> str | None:
    if scheme.closes_on:
        return ONE_OFF[1]
    if scheme.permanent:
        return ONGOING[1]
    return None  # undated: the guide does not say


def aid(scheme) -> dict:
    """One scheme as an Aides-territoires aid."""
    perimeter, scale = _perimeter(scheme)
    return {
        "id": str(scheme.translation_key),
        "slug": scheme.slug,
        "url": f"{settings.SITE_URL}{scheme.url}",
        "name": scheme.title,
        "financers": [getattr(funder, "display_name", funder.name) for funder in scheme.funders.all()],
        "description": scheme.summary,
        "eligibility": strip_tags(scheme.eligibility).strip(),
        "perimeter": perimeter,
        "perimeter_scale": scale,
        "targeted_audiences": _labels(
            pair for beneficiary in scheme.beneficiaries for pair in AUDIENCES[beneficiary]
        ),
        "aid_types": _labels(AID_TYPES[kind] for kind in scheme.help_kinds),
        "is_call_for_project": bool(scheme.closes_on) and not scheme.permanent,
        "start_date": scheme.opens_on,
        "submission_deadline": scheme.closes_on,
        "subvention_rate_upper_bound": scheme.rate,
        "amount_min": scheme.amount_min,
        "amount_max": scheme.amount_max,
        "contact": scheme.contact,
        "recurrence": _recurrence(scheme),
        "date_updated": scheme.last_published_at,
    }


def french_schemes() -> list:
    """Every live scheme of the French guide (the reference text), closed ones included."""
    guide = guide_for_language("fr")
    return [] if guide is None else guide_schemes(guide, Locale.get_default(), timezone.localdate())


def aids() -> list[dict]:
    return [aid(scheme) for scheme in french_schemes()]


def csv_rows(aids_: list[dict]):
    """The header, then one row per aid; lists joined with "|", dates in ISO 8601."""
    yield COLUMNS
    for item in aids_:
        row = []
        for column in COLUMNS:
            value = item[column]
            if isinstance(value, list):
                value = LIST_SEPARATOR.join(value)
            elif isinstance(value, bool):
                value = "true" if value else "false"
            elif hasattr(value, "isoformat"):
                value = value.isoformat()
            row.append(value)
        yield row


def last_publication():
    """When the export last changed: a scheme published, unpublished, moved or deleted (the export
    has no status, so the date alone changes nothing). A funder renamed is not seen (no date)."""
    return latest_publication(FundingSchemePage)()
