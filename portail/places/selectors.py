"""Reads of the places map: published places in a locale, filters, distances."""

import math
from dataclasses import dataclass, field

from django.utils import timezone

from wagtail.models import Locale

from portail.models import PlaceMapPage, PlacePage


def published_places(locale: Locale | None = None) -> list[PlacePage]:
    """Every live place in `locale`, or in French when not translated (with `fallback_language`),
    with its commune and EPCI, sorted by title. Two queries, whatever the number of places.

    Reusable by whatever lists places (the search indexer: services, kinds, commune, EPCI).
    """
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    places = (
        PlacePage.objects.live()
        .filter(locale__in={locale.pk, default.pk})
        .select_related("commune__epci")
        .prefetch_related("photos__image")
        .order_by("title")
    )
    by_key = {}
    for place in places:
        if place.locale_id == locale.pk or place.translation_key not in by_key:
            by_key[place.translation_key] = place
    result = sorted(by_key.values(), key=lambda place: place.title.lower())
    for place in result:  # always set: a missing attribute is slow to look up in templates
        place.fallback_language = default.language_code if place.locale_id != locale.pk else ""
    return result


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


@dataclass
class PlaceFilters:
    communes: list = field(default_factory=list)  # Commune ids
    epcis: list = field(default_factory=list)  # EPCI codes
    kinds: list = field(default_factory=list)
    services: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    open_now: bool = False
    free: bool = False


def filter_places(places, filters: PlaceFilters, now=None) -> list[PlacePage]:
    """Within a facet, any value matches (OR); across facets, all must match (AND)."""
    now = now or timezone.now()
    result = []
    for place in places:
        if filters.communes and place.commune_id not in filters.communes:
            continue
        if filters.epcis and place.commune.epci.code not in filters.epcis:
            continue
        if filters.kinds and not set(filters.kinds) & set(place.kinds):
            continue
        if filters.services and not set(filters.services) & set(place.services):
            continue
        if filters.audiences and place.audiences and not set(filters.audiences) & set(place.audiences):
            continue
        if filters.open_now and not place.is_open_at(now):
            continue
        if filters.free and not place.is_free:
            continue
        result.append(place)
    return result


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
