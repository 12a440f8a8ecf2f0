"""The search in /api/v1/search/: the same query and facets as the search page (search.params)."""

import math
from typing import Literal

from ninja import Query, Router, Schema

from django.conf import settings
from django.http import HttpRequest

from portail.api.datasets import DAILY, OPENAPI, Dataset, Distribution, register_dataset
from portail.api.pagination import page_links
from portail.api.problems import problem_response
from search import engines
from search.facets import FACETS
from search.params import MAX_PAGE, MAX_RADIUS_KM, MAX_TEXT, read_language, read_query
from search.query import SORTS
from search.views import facets_json, hits_json

router = Router(tags=["search"])
Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]
FACET_NOTE = ", ".join(f"`{facet.key}`" for facet in FACETS)


class Hit(Schema):
    type: str
    title: str
    url: str
    locale: str
    summary: str
    highlight: str
    next_date: str | None
    deadline: str | None
    distance_km: float | None


class FacetValue(Schema):
    value: str
    label: str
    count: int


class SearchPage(Schema):
    count: int
    next: str | None
    previous: str | None
    page: int
    pages: int
    engine: str
    fuzzy: bool
    corrected: str
    place: str
    results: list[Hit]
    facets: dict[str, list[FacetValue]]


class Suggestions(Schema):
    suggestions: list[str]


@router.get(
    "/",
    response={200: SearchPage},
    summary="Search trainings, funding schemes, places, events and labelled providers",
    description=f"Filters (repeatable): {FACET_NOTE}. 20 results a page.",
)
def search(
    request: HttpRequest,
    q: str = Query("", max_length=MAX_TEXT),
    lang: Language = "fr",
    sort: Literal[SORTS] = "relevance",
    near: str | None = Query(None, pattern="^[0-9]{5}$", description="INSEE code of a commune"),
    radius: int | None = Query(None, ge=1, le=MAX_RADIUS_KM, description="km from `near`"),
    anywhere: Literal["1"] | None = Query(None, description="1: a commune in `q` is a word, not a place"),
    page: int = Query(1, ge=1, le=MAX_PAGE),
):
    language, errors = read_language(request.GET)
    query, query_errors = read_query(request.GET, language)
    if errors + query_errors:
        return problem_response(400, "The search cannot be run as asked.", errors=errors + query_errors)
    results = engines.search(query)
    pages = max(1, math.ceil(results.count / query.page_size))
    return {
        "count": results.count,
        **page_links(request, query.page, pages),
        "page": query.page,
        "pages": pages,
        "engine": results.engine,
        "fuzzy": results.fuzzy,
        "corrected": results.corrected or "",
        "place": query.place,
        "results": hits_json(request, results.hits),
        "facets": facets_json(results.facets),
    }


@router.get("/suggestions/", response={200: Suggestions}, summary="Suggestions for a text being typed")
def suggestions(request: HttpRequest, q: str = Query("", max_length=100), lang: Language = "fr"):
    language, errors = read_language(request.GET)
    if errors:
        return problem_response(400, "No suggestions in this language.", errors=errors)
    return {"suggestions": engines.suggest(q.replace("\x00", "")[:100], language)}


register_dataset(
    Dataset(
        key="recherche",
        title={"fr": "Recherche dans le portail", "en": "Search of the portal"},
        description={
            "fr": "Formations, financements, lieux, événements et prestataires, avec leurs facettes (API).",
            "en": "Training, funding, places, events and providers, with their facets (API).",
        },
        frequency=DAILY,
        distributions=[Distribution("/api/v1/search/", "application/json", OPENAPI, "API v1")],
        keywords=["recherche"],
        landing_page="/fr/recherche/",
    )
)
