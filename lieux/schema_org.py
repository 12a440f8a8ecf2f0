"""schema.org JSON-LD for a place page: a LocalBusiness (a Place) with its address, coordinates and
opening hours (openingHoursSpecification, from the OSM `opening_hours`)."""

from lieux.opening_hours import MINUTES_IN_DAY
from portail.schema_org import CONTEXT, postal_address

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _clock(minutes: int) -> str:
    if minutes == MINUTES_IN_DAY:
        return "23:59"
    minutes %= MINUTES_IN_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def opening_hours_specification(hours) -> list[dict]:
    """One specification per set of days with the same interval; the rule in force on a weekday is
    the last one naming it (OSM semantics, as `OpeningHours.describe`). Public holidays left out."""
    by_interval: dict[tuple, list[str]] = {}
    for number, day in enumerate(DAYS):
        rule = next((r for r in reversed(hours.rules) if number in r.days), None)
        for interval in rule.intervals if rule else ():
            by_interval.setdefault(interval, []).append(f"https://schema.org/{day}")
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days,
            "opens": _clock(start),
            "closes": _clock(end),
        }
        for (start, end), days in by_interval.items()
    ]


def place_data(place, *, url: str) -> dict:
    data = {
        "@context": CONTEXT,
        "@type": "LocalBusiness",
        "name": place.title,
        "description": place.summary,
        "url": url,
        "address": postal_address(place.address, place.postal_code, place.commune.name),
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        },
        "isAccessibleForFree": place.is_free,
    }
    if place.phone:
        data["telephone"] = place.phone
    if place.email:
        data["email"] = place.email
    if place.website:
        data["sameAs"] = place.website
    if place.hours:
        data["openingHoursSpecification"] = opening_hours_specification(place.hours)
    return data
