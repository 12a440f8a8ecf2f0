"""The events in /api/v1/evenements/: the upcoming public events and workshops, soonest first."""

import datetime

from ninja import Router, Schema
from ninja.pagination import paginate

from django.http import HttpRequest

from evenements.models import EventIndexPage, EventPage
from evenements.selectors import published_events
from portail.api.datasets import (
    DAILY,
    ICALENDAR,
    OPENAPI,
    Dataset,
    Distribution,
    latest_publication,
    register_dataset,
)
from portail.api.pagination import LinkedPagination
from portail.selectors import active_locale

router = Router(tags=["events"])


class Event(Schema):
    title: str
    summary: str
    kind: str
    audiences: list[str]
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    location: str
    commune: str | None
    online: bool
    seats_free: int | None
    url: str


@router.get("/", response=list[Event], summary="Upcoming events and workshops")
@paginate(LinkedPagination)
def events(request: HttpRequest):
    return [
        {
            "title": event.title,
            "summary": event.summary,
            "kind": event.kind,
            "audiences": list(event.audiences),
            "starts_at": event.starts_at,
            "ends_at": event.ends_at,
            "location": event.location_text,
            "commune": event.commune.name if event.commune_id else None,
            "online": bool(event.online_url),
            "seats_free": event.seats_free,
            "url": request.build_absolute_uri(event.url),
        }
        for event in published_events(active_locale(request))
    ]


def _calendar_path() -> str | None:
    """The French events page's iCalendar feed, when the page is published."""
    index = EventIndexPage.objects.live().filter(locale__language_code="fr").first()
    return None if index is None else index.url + index.reverse_subpage("calendar")


register_dataset(
    Dataset(
        key="evenements",
        title={"fr": "Événements et ateliers numériques", "en": "Digital events and workshops"},
        description={
            "fr": "Les événements et ateliers publics à venir, places restantes (iCalendar et JSON).",
            "en": "The upcoming public events and workshops, with the seats left (iCalendar and JSON).",
        },
        frequency=DAILY,
        distributions=[
            Distribution(_calendar_path, "text/calendar", ICALENDAR, "iCalendar"),
            Distribution("/api/v1/evenements/", "application/json", OPENAPI, "API v1"),
        ],
        keywords=["événements", "ateliers", "numérique"],
        modified=latest_publication(EventPage),
    )
)
