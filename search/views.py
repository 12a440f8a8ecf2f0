"""The search page, the JSON API, its OpenAPI description and the suggestions for autocomplete."""

import math

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from portail.languages import in_language_prefix
from portail.models import Commune
from search import engines
from search.facets import BY_KEY, FACETS
from search.models import SynonymGroup
from search.params import MAX_TEXT, read_language, read_query
from search.query import SORTS
from search.text import fold

RADII_KM = (5, 10, 20, 30, 50)
SORT_LABELS = {
    "relevance": _("relevance"),
    "session": _("next session"),
    "deadline": _("deadline"),
    "distance": _("distance from a commune"),
    "title": _("title (A to Z)"),
}


@require_GET
def search_page(request):
    query, errors = read_query(request.GET, get_language())
    results = engines.search(query)
    for hit in results.hits:
        hit.type_label = BY_KEY["type"].label_of(hit.type)
        if hit.locale != get_language():  # shown in French, under the visitor's language prefix
            hit.url = in_language_prefix(hit.url, get_language())
    selected = [(key, value) for key, values in query.filters.items() for value in values]
    labels = {(key, v.value): v.label for key, values in results.facets.items() for v in values}
    communes = Commune.objects.order_by("name").values_list("insee_code", "name")
    for code, name in communes:  # a commune with no result has its code as label: its name instead
        if labels.get(("commune", code), code) == code:
            labels["commune", code] = name
    chips = [
        {
            "facet": BY_KEY[key].label,
            "label": labels.get((key, value), value),
            "url": _without(request.GET, key, value),
        }
        for key, value in selected
    ]
    pages = max(1, math.ceil(results.count / query.page_size))
    context = {
        "query": query,
        "results": results,
        "errors": errors,
        "facets": [(facet, results.facets[facet.key]) for facet in FACETS if results.facets[facet.key]],
        "chips": chips,
        "sorts": [(sort, str(SORT_LABELS[sort]).capitalize()) for sort in SORTS],
        "communes": communes,
        "typed": " ".join(request.GET.get("q", "").split())[:MAX_TEXT],  # a place named in it included
        "near": request.GET.get("near", ""),
        "radius": request.GET.get("radius", ""),
        "radii": RADII_KM,
        "page_number": query.page,
        "pages": pages,
        "previous_url": _with_page(request.GET, query.page - 1) if query.page > 1 else "",
        "next_url": _with_page(request.GET, query.page + 1) if query.page < pages else "",
    }
    if not results.count:
        context["guidance"] = _guidance(request.GET, query)
    return render(request, "search/search_page.html", context)


def _without(params, key: str, value: str) -> str:
    copy = params.copy()
    copy.setlist(key, [v for v in params.getlist(key) if v != value])
    copy.pop("page", None)
    return "?" + copy.urlencode()


def _with_page(params, page: int) -> str:
    copy = params.copy()
    copy["page"] = str(page)
    return "?" + copy.urlencode()


def _guidance(params, query) -> dict:
    """Ways out of an empty result: nearby communes, related searches (the typed words' synonyms, in
    the page's language only)."""
    nearby = []
    chosen = query.filters.get("commune", [])
    if chosen:
        centre = Commune.objects.filter(insee_code=chosen[0]).first()
        if centre:
            others = Commune.objects.exclude(insee_code__in=chosen)
            by_distance = sorted(
                others,
                key=lambda c: (c.latitude - centre.latitude) ** 2 + (c.longitude - centre.longitude) ** 2,
            )
            for commune in by_distance[:3]:
                copy = params.copy()
                copy.setlist("commune", [commune.insee_code])
                copy.pop("page", None)
                nearby.append({"name": commune.name, "url": "?" + copy.urlencode()})
    typed = set(fold(query.text).split())
    related = []
    for group in SynonymGroup.objects.all():
        terms = group.terms
        if typed & {fold(term) for term in terms}:
            related += [term for term in group.terms_in(get_language()) if fold(term) not in typed]
    return {"nearby": nearby, "related": list(dict.fromkeys(related))[:6]}


def hits_json(request, hits) -> list[dict]:
    """Search hits as the JSON APIs give them (today's /api/search/ and /api/v1/search/)."""
    return [
        {
            "type": hit.type,
            "title": hit.title,
            "url": request.build_absolute_uri(hit.url) if hit.url else "",
            "locale": hit.locale,
            "summary": hit.summary,
            "highlight": hit.highlight,
            "next_date": hit.next_date.isoformat() if hit.next_date else None,
            "deadline": hit.deadline.isoformat() if hit.deadline else None,
            "distance_km": hit.distance_km,
        }
        for hit in hits
    ]


def facets_json(facets) -> dict:
    return {
        key: [{"value": v.value, "label": str(v.label), "count": v.count} for v in values]
        for key, values in facets.items()
    }


@require_GET
def search_api(request):
    language, errors = read_language(request.GET)
    query, query_errors = read_query(request.GET, language)
    errors += query_errors
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    results = engines.search(query)
    return JsonResponse(
        {
            "count": results.count,
            "page": query.page,
            "pages": max(1, math.ceil(results.count / query.page_size)),
            "engine": results.engine,
            "fuzzy": results.fuzzy,
            "corrected": results.corrected,
            "place": query.place,
            "results": hits_json(request, results.hits),
            "facets": facets_json(results.facets),
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def suggestions_api(request):
    language, errors = read_language(request.GET)
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    text = request.GET.get("q", "").replace("\x00", "")[:100]
    return JsonResponse(
        {"suggestions": engines.suggest(text, language)}, json_dumps_params={"ensure_ascii": False}
    )
