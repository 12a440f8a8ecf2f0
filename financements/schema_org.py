"""schema.org JSON-LD for a funding scheme page: a GovernmentService (provider, area served, kind of
help, audience)."""

from financements.enums import Beneficiary, FunderKind, HelpKind
from portail.schema_org import CONTEXT, CTM, MARTINIQUE

PUBLIC_FUNDERS = {FunderKind.CTM, FunderKind.STATE, FunderKind.EUROPE, FunderKind.EPCI}
PEOPLE = {Beneficiary.JOB_SEEKER, Beneficiary.EMPLOYEE, Beneficiary.YOUNG}


def _provider(funder) -> dict:
    data = {
        "@type": "GovernmentOrganization" if funder.kind in PUBLIC_FUNDERS else "Organization",
        "name": getattr(funder, "display_name", funder.name),
    }
    if funder.website:
        data["url"] = funder.website
    return data


def _areas(communes: list, epcis: list) -> list[dict]:
    places = communes or epcis
    return [{"@type": "AdministrativeArea", "name": place.name} for place in places] or [MARTINIQUE]


def _audience(beneficiary: str) -> dict:
    kind = "PeopleAudience" if beneficiary in PEOPLE else "BusinessAudience"
    return {"@type": kind, "audienceType": str(Beneficiary(beneficiary).label)}


def scheme_data(scheme, *, url: str, funders, epcis: list, communes: list) -> dict:
    providers = [_provider(funder) for funder in funders] or [CTM]
    areas = _areas(communes, epcis)
    return {
        "@context": CONTEXT,
        "@type": "GovernmentService",
        "name": scheme.title,
        "description": scheme.summary,
        "url": url,
        "provider": providers[0] if len(providers) == 1 else providers,
        "areaServed": areas[0] if len(areas) == 1 else areas,
        "serviceType": ", ".join(str(HelpKind(kind).label) for kind in scheme.help_kinds) or scheme.title,
        "audience": [_audience(beneficiary) for beneficiary in scheme.beneficiaries],
        "availableChannel": {"@type": "ServiceChannel", "serviceUrl": url},
    }
