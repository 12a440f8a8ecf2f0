from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from evenements.selectors import upcoming_events_at
from lieux import opendata, selectors, services
from lieux.forms import CorrectionForm, MapFilterForm
from lieux.schema_org import place_data
from portail.middleware import PUBLIC_CSP
from portail.open_csv import open_csv_response
from portail.ratelimit import hit
from portail.schema_org import as_script_content
from portail.selectors import active_locale, source_page

CORRECTIONS_PER_HOUR = 5


def map_view(request, map_page):
    form = MapFilterForm(request.GET or None)
    now = timezone.now()
    places, results, total = selectors.map_places(
        active_locale(request), form.filters(), now if form.open_now() else None
    )
    origin = form.origin()
    if origin:
        places = selectors.nearest_first(places, origin[0], origin[1])
    for place in places:  # computed once, read by the list and the markers
        place.is_open = place.is_open_at(now)
        place.href = place.get_url(request)
        if origin is None:
            place.distance = None
    markers = [
        {
            "lat": float(place.latitude),
            "lon": float(place.longitude),
            "title": place.title,
            "url": place.href,
            "commune": place.commune.name,
            "id": f"lieu-{place.pk}",
        }
        for place in places
    ]
    response = map_page.render(
        request,
        context_overrides={
            "form": form,
            "facets": form.options(results),
            "places": places,
            "total": total,
            "origin": origin,
            "markers": markers,
            "tile_url": settings.MAP_TILE_URL,
            "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
            "filtered": bool(request.GET),
        },
    )
    response["Content-Security-Policy"] = map_csp()
    return response


def map_csp() -> str:
    """The public policy, plus the tile server's host for images (this page only)."""
    parts = urlsplit(settings.MAP_TILE_URL)
    if not parts.netloc:
        return PUBLIC_CSP
    origin = f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"
    return PUBLIC_CSP.replace("img-src 'self' data:", f"img-src 'self' data: {origin}")


def place_view(request, place):
    context = {"hours": place.hours.describe() if place.hours else None, "is_open": place.open_now}
    context["events"] = upcoming_events_at(place, active_locale(request))
    context["json_ld"] = as_script_content(place_data(place, url=place.get_full_url(request)))
    return place.render(request, context_overrides=context)


def correction_view(request, place):
    if request.method == "POST":
        form = CorrectionForm(request.POST, user=request.user)
        if hit("place-correction", request, limit=CORRECTIONS_PER_HOUR, window_seconds=3600):
            form.is_valid()
            form.add_error(
                None, _("Too many corrections were sent from your connection. Please try again later.")
            )
        elif form.is_valid():
            services.suggest_correction(
                place=source_page(place),
                message=form.cleaned_data["message"],
                email=form.cleaned_data["email"],
            )
            return place.render(request, template="lieux/correction_thanks.html")
    else:
        form = CorrectionForm(user=request.user)
    return place.render(request, template="lieux/correction_form.html", context_overrides={"form": form})


@never_cache  # a link sent to one person: never kept by any cache
def confirm_view(request, place, token):
    place_id = services.place_from_token(token)
    if place_id is None or place_id != source_page(place).pk:
        raise Http404
    if request.method == "POST":
        services.confirm_place(place_id=place_id)
        return place.render(request, template="lieux/confirm.html", context_overrides={"confirmed": True})
    return place.render(request, template="lieux/confirm.html", context_overrides={"confirmed": False})


def _absolute_url(place):
    return f"{settings.SITE_URL}{place.url}"


@require_GET
def lieux_csv(request):
    """GET /api/lieux.csv: every published place, in the national standard (validates against it)."""
    response = open_csv_response(
        opendata.csv_rows(selectors.source_places()), "lieux-mediation-numerique-martinique.csv"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def lieux_geojson(request):
    data = opendata.geojson(selectors.source_places(), url_of=_absolute_url)
    response = JsonResponse(
        data, json_dumps_params={"ensure_ascii": False}, content_type="application/geo+json"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
