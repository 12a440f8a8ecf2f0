"""iCalendar (RFC 5545) for one training session: an all-day event from its first to its last day."""

import datetime

from portail.ical import escape, fold

PRODID = "-//Portail numérique de Martinique//Catalogue//FR"


def session_calendar(
    *,
    uid: str,
    title: str,
    start: datetime.date,
    end: datetime.date | None,
    location: str,
    description: str,
    url: str,
    stamp: datetime.datetime,
) -> str:
    last_day = end or start
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{last_day + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(title)}",
        f"DESCRIPTION:{escape(description)}",
        f"URL:{url}",
    ]
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
