"""Reads of the places map: places found by the search in a locale, distances; open data."""

import datetime
import math

from wagtail.models import Locale

from lieux.models import PlaceMapPage, PlacePage
from search.engines import search
from search.listings import objects_of
from search.query import SearchQuery, SearchResults

MAP_SIZE = 500  # the map lists every place on one page: more than Martinique holds


def map_places(
    locale: Locale, filters: dict[str, list[str]], open_at: datetime.datetime | None = None
) -> tuple[list[PlacePage], SearchResults, int]:
    """The live places carrying the facet values chosen (key → values), by title, the search's
    counts, and how many places there are. Each place is in `locale`, or in French when not
    translated (with `fallback_language`).

    "Open now" depends on the clock, not on the index: `open_at` filters the hits, after the counts.
    """
    query = SearchQuery(
        language=locale.language_code,
        filters={**filters, "type": ["lieu"]},
        sort="title",
        extracts=False,
        page_size=MAP_SIZE,
    )
    results = search(query)
    default = Locale.get_default()
    places = PlacePage.objects.live().select_related("commune__epci").prefetch_related("photos__image")
    translated = {}
    if locale.pk != default.pk:
        translated = {
            place.translation_key: place for place in objects_of(results, places.filter(locale=locale))
        }
    found = []
    for place in objects_of(results, places.filter(locale=default)):
        place = translated.get(place.translation_key, place)
        # always set: a missing attribute is slow to look up in templates
        place.fallback_language = default.language_code if place.locale_id != locale.pk else ""
        if open_at is None or place.is_open_at(open_at):
            found.append(place)
    return found, results, PlacePage.objects.live().filter(locale=default).count()


def source_places() -> list[PlacePage]:
    """The French (source) pages of the live places: the open data exports are in French."""
    return list(
        PlacePage.objects.live()
        .filter(locale=Locale.get_default())
        .select_related("commune__epci")
        .order_by("pk")
    )


def map_for_language(language: str) -> PlaceMapPage | None:
    return PlaceMapPage.objects.live().filter(locale__language_code=language).first()


def distance_km(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = (math.radians(float(value)) for value in (lat1, lon1, lat2, lon2))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def nearest_first(places, latitude, longitude) -> list[PlacePage]:
    """Sorted by distance from the point; each place gets `distance` (km, one decimal)."""
    for place in places:
        place.distance = round(distance_km(latitude, longitude, place.latitude, place.longitude), 1)
    return sorted(places, key=lambda place: place.distance)
