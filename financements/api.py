"""The funding guide in /api/v1/financements/: the schemes, the eligibility finder, and the guide as
open data in the Aides-territoires vocabulary (JSON and CSV)."""

import datetime
from typing import Literal

from ninja import Query, Router, Schema
from ninja.pagination import paginate

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from financements import aides_territoires
from financements.eligibility import MAX_HEADCOUNT, ProfileError, find_schemes, profile_from_params
from financements.enums import Beneficiary, ProjectType, Sector
from financements.selectors import guide_for_language, guide_schemes
from portail.api.datasets import AIDES_TERRITOIRES, DAILY, OPENAPI, Dataset, Distribution, register_dataset
from portail.api.http import set_last_modified
from portail.api.pagination import LinkedPagination
from portail.api.problems import problem_response
from portail.open_csv import open_csv_response
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


class Aid(Schema):
    """A scheme as an aid of Aides-territoires (docs/funding-guide.md gives the mapping)."""

    id: str
    slug: str
    url: str
    name: str
    financers: list[str]
    description: str
    eligibility: str
    perimeter: str
    perimeter_scale: Literal["commune", "epci", "department"]
    targeted_audiences: list[str]
    aid_types: list[str]
    is_call_for_project: bool
    start_date: datetime.date | None
    submission_deadline: datetime.date | None
    subvention_rate_upper_bound: int | None
    amount_min: int | None
    amount_max: int | None
    contact: str
    recurrence: Literal["Ponctuelle", "Permanente"] | None
    date_updated: datetime.datetime | None


class AidsFile(Schema):
    count: int
    results: list[Aid]


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


@router.get(
    "/aides-territoires.json",
    response=AidsFile,
    summary="The funding guide in the Aides-territoires vocabulary (JSON)",
    description="Every live scheme of the guide, in French, closed ones included. Not paginated.",
)
def aids_json(request: HttpRequest):
    aids = aides_territoires.aids()
    set_last_modified(request, aides_territoires.last_publication())
    return {"count": len(aids), "results": aids}


@router.get(
    "/aides-territoires.csv",
    summary="The funding guide in the Aides-territoires vocabulary (CSV)",
    description="The same as the JSON, in plain RFC 4180 CSV; lists joined with `|`.",
    openapi_extra={
        "responses": {200: {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}}}
    },
)
def aids_csv(request: HttpRequest) -> HttpResponse:
    aids = aides_territoires.aids()
    set_last_modified(request, aides_territoires.last_publication())
    return open_csv_response(aides_territoires.csv_rows(aids), "aides-martinique.csv")


register_dataset(
    Dataset(
        key="financements",
        title={"fr": "Guide des financements du numérique", "en": "Guide to digital funding"},
        description={
            "fr": "Les dispositifs d'aide aux TPE et aux personnes, dans le vocabulaire d'Aides-territoires.",
            "en": "The funding schemes for small businesses and people, in the Aides-territoires vocabulary.",
        },
        frequency=DAILY,
        distributions=[
            Distribution(
                "/api/v1/financements/aides-territoires.json", "application/json", AIDES_TERRITOIRES, "JSON"
            ),
            Distribution("/api/v1/financements/aides-territoires.csv", "text/csv", AIDES_TERRITOIRES, "CSV"),
            Distribution("/api/v1/financements/dispositifs/", "application/json", OPENAPI, "API v1"),
        ],
        keywords=["financements", "aides", "subventions"],
        landing_page="/fr/financements/",
        modified=aides_territoires.last_publication,
    )
)
