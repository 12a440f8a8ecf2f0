"""schema.org JSON-LD for an event page: an Event (workshops are free: price 0, isAccessibleForFree)."""

from portail.schema_org import CONTEXT, free_offer, postal_address

OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
ONLINE = "https://schema.org/OnlineEventAttendanceMode"
MIXED = "https://schema.org/MixedEventAttendanceMode"
SCHEDULED = "https://schema.org/EventScheduled"


def _place(event) -> dict | None:
    if event.place_id:
        place = event.place
        return {
            "@type": "Place",
            "name": place.title,
            "address": postal_address(place.address, place.postal_code, place.commune.name),
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(place.latitude),
                "longitude": float(place.longitude),
            },
        }
    if event.address or event.commune_id:
        locality = event.commune.name if event.commune_id else ""
        return {
            "@type": "Place",
            "name": event.address or locality,
            "address": postal_address(event.address, "", locality),
        }
    return None


def event_data(event, *, url: str, seats_left: int | None) -> dict:
    place = _place(event)
    locations = [place] if place else []
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    mode = MIXED if place and event.online_url else (ONLINE if event.online_url else OFFLINE)
    offer = free_offer(url)
    offer["availability"] = "https://schema.org/SoldOut" if seats_left == 0 else "https://schema.org/InStock"
    data = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": url,
        "startDate": event.starts_at.isoformat(),
        "endDate": event.ends_at.isoformat(),
        "eventAttendanceMode": mode,
        "eventStatus": SCHEDULED,
        "inLanguage": event.language,
        "organizer": {"@type": "Organization", "name": event.organiser},
        "isAccessibleForFree": True,
        "offers": offer,
    }
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.capacity:
        data["maximumAttendeeCapacity"] = event.capacity
    return data
