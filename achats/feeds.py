"""Feeds of the open calls: RSS and Atom (newest first), and their deadlines as an iCalendar file."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from achats.selectors import open_calls
from portail.ical import escape, fold

FEED_SIZE = 50
PRODID = "-//Portail numérique de Martinique//Achats//FR"


class CallFeed(Feed):
    def title(self):
        return _("Open calls for tenders and projects for local digital firms")

    def link(self):
        return reverse("achats:calls")

    def description(self):
        return _("Calls for tenders and projects published on the Portail numérique de Martinique.")

    def items(self):
        return sorted(open_calls(), key=self.item_pubdate, reverse=True)[:FEED_SIZE]

    def item_title(self, call):
        return _("%(title)s (deadline %(date)s)") % {
            "title": call.title,
            "date": call.deadline.strftime("%d/%m/%Y"),
        }

    def item_description(self, call):
        return f"{call.buyer} — {call.summary}"

    def item_link(self, call):
        return reverse("achats:call", args=[call.pk])

    def item_guid(self, call):
        return f"achats-call-{call.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, call):
        return call.published_at or call.created_at

    def item_updateddate(self, call):
        return call.updated_at

    def item_categories(self, call):
        return call.category_labels


class AtomCallFeed(CallFeed):
    feed_type = Atom1Feed
    subtitle = CallFeed.description


def _stamp(moment: datetime.datetime) -> str:
    return f"{moment.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}"


def deadlines_calendar(calls_with_urls, *, name: str) -> str:
    """One all-day event per call, on its deadline (RFC 5545)."""
    now = timezone.now()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    lines.append(f"X-WR-CALNAME:{escape(name)}")
    for call, url in calls_with_urls:
        lines += [
            "BEGIN:VEVENT",
            f"UID:achats-call-{call.pk}@portail-numerique-martinique",
            f"DTSTAMP:{_stamp(now)}",
            f"DTSTART;VALUE=DATE:{call.deadline:%Y%m%d}",
            f"DTEND;VALUE=DATE:{call.deadline + datetime.timedelta(days=1):%Y%m%d}",
            "SUMMARY:" + escape(_("Deadline: %(title)s") % {"title": call.title}),
            f"DESCRIPTION:{escape(f'{call.buyer} — {call.summary}')}",
            f"URL:{url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
