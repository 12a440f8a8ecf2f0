"""The funding guide in /api/v1/financements/: the schemes and the eligibility finder."""

import datetime
from typing import Literal

from ninja import Query, Router, Schema
from ninja.pagination import paginate

from django.http import HttpRequest
from django.utils import timezone

from financements.eligibility import MAX_HEADCOUNT, ProfileError, find_schemes, profile_from_params
from financements.enums import Beneficiary, ProjectType, Sector
from financements.selectors import guide_for_language, guide_schemes
from portail.api.pagination import LinkedPagination
from portail.api.problems import problem_response
from portail.selectors import active_locale

router = Router(tags=["funding"])


class Scheme(Schema):
    title: str
    url: str
    status: str
    summary: str
    beneficiaries: list[str]
    help_kinds: list[str]
    opens_on: datetime.date | None
    closes_on: datetime.date | None
    permanent: bool
    amount_min: int | None
    amount_max: int | None
    rate: int | None


class Assessment(Schema):
    title: str
    url: str
    status: str


class Match(Assessment):
    reasons: list[str]


class NearMiss(Assessment):
    why: list[str]


class Eligibility(Schema):
    results: list[Match]
    excluded: list[NearMiss]


def _schemes(request):
    locale = active_locale(request)
    guide = guide_for_language(locale.language_code)
    return [] if guide is None else guide_schemes(guide, locale, timezone.localdate())


@router.get("/dispositifs/", response=list[Scheme], summary="The funding schemes of the guide")
@paginate(LinkedPagination)
def schemes(request: HttpRequest):
    return [
        {
            "title": scheme.title,
            "url": request.build_absolute_uri(scheme.get_url(request)),
            "status": scheme.current_status.value,
            "summary": scheme.summary,
            "beneficiaries": list(scheme.beneficiaries),
            "help_kinds": list(scheme.help_kinds),
            "opens_on": scheme.opens_on,
            "closes_on": scheme.closes_on,
            "permanent": scheme.permanent,
            "amount_min": scheme.amount_min,
            "amount_max": scheme.amount_max,
            "rate": scheme.rate,
        }
        for scheme in _schemes(request)
    ]


@router.get(
    "/eligibilite/",
    response={200: Eligibility},
    summary="The schemes a profile is eligible to, and those it nearly is",
    description="`commune`: a name, a postal code or an INSEE code of Martinique.",
)
def eligibility(
    request: HttpRequest,
    beneficiaire: Literal[tuple(Beneficiary.values)],
    secteur: Literal[tuple(Sector.values)],
    commune: str,
    projet: Literal[tuple(ProjectType.values)] | None = None,
    effectif: int | None = Query(None, ge=0, le=MAX_HEADCOUNT),
):
    try:
        profile = profile_from_params(request.GET)
    except ProfileError as error:
        return problem_response(400, "The profile is not complete or not valid.", errors=error.errors)
    today = timezone.localdate()
    matches, near_misses = find_schemes(_schemes(request), profile, today)

    def describe(assessment):
        scheme = assessment.scheme
        return {
            "title": scheme.title,
            "url": request.build_absolute_uri(scheme.get_url(request)),
            "status": scheme.current_status.value,
        }

    return {
        "results": [{**describe(a), "reasons": a.reasons} for a in matches],
        "excluded": [{**describe(a), "why": a.failures} for a in near_misses],
    }
