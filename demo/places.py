"""Demo places and upcoming workshops (demo/data/places.yaml).

The studies give names and, for some, a commune, never an address, hours or contacts: each place
stands at its commune's centre, is marked "location to check" and has no verification date. The
hours are indicative. Events are dated from the day of loading, so they stay upcoming.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from demo.text import read
from evenements.models import EventIndexPage, EventPage
from lieux.models import PlaceMapPage, PlacePage
from portail.models import Commune

PLACES = read("places")["places"]
EVENTS = read("places")["events"]
TO_CHECK = read("places")["to_check"]


def demo_load() -> bool:
    """Add the places under the French map page and the events under the French events page, once."""
    french = Locale.get_default()
    map_page = PlaceMapPage.objects.filter(locale=french).first()
    index = EventIndexPage.objects.filter(locale=french).first()
    if map_page is None or index is None or PlacePage.objects.exists():
        return False
    communes = {commune.insee_code: commune for commune in Commune.objects.all()}
    with transaction.atomic():
        places = {}
        for item in PLACES:
            commune = communes[item["commune"]]
            place = PlacePage(
                locale=french,
                title=item["title"],
                slug=slugify(item["title"]),
                summary=item["summary"],
                description=item["summary"] + TO_CHECK,
                kinds=item["kinds"],
                services=item["services"],
                audiences=item["audiences"],
                fees=item["fees"],
                access_modes=["se-presenter", "telephoner"],
                support_modes=["individuel", "atelier"],
                address="Centre-bourg (adresse à vérifier)",
                postal_code=commune.postal_codes[0],
                commune=commune,
                latitude=commune.latitude,
                longitude=commune.longitude,
                location_to_check=True,
                itinerant=item.get("itinerant", False),
                opening_hours=item["hours"],
                source=item["source"],
            )
            map_page.add_child(instance=place)
            place.save_revision().publish()
            places[item["title"]] = place
        today = timezone.localdate()
        for item in EVENTS:
            day = today + datetime.timedelta(days=item["days_from_today"])
            event = EventPage(
                locale=french,
                title=item["title"],
                slug=slugify(item["title"]),
                kind=item["kind"],
                summary=item["summary"],
                starts_at=_moment(day, item["starts"]),
                ends_at=_moment(day, item["ends"]),
                place=places.get(item["place"]),
                address=item.get("address", ""),
                commune=communes.get(item.get("commune")),
                online_url=item.get("online_url", ""),
                itinerant_stop=item.get("itinerant_stop", False),
                audiences=item["audiences"],
                capacity=item["capacity"],
                organiser=item.get("organiser") or item["place"] or "CTM",
            )
            index.add_child(instance=event)
            event.save_revision().publish()
    return True


def _moment(day: datetime.date, time: str) -> datetime.datetime:
    """The day at the data file's "HH:MM", in the site's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(time)))
