"""iCalendar (RFC 5545) for events: one event (e-mail attachment, download) or the whole listing."""

import datetime

from portail.ical import escape, fold

PRODID = "-//Portail numérique de Martinique//Evenements//FR"


def _stamp(moment: datetime.datetime) -> str:
    return f"{moment.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}"


def vevent_lines(event, *, url: str, now: datetime.datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:evenement-{event.translation_key}@portail-numerique-martinique",
        f"DTSTAMP:{_stamp(now)}",
        f"DTSTART:{_stamp(event.starts_at)}",
        f"DTEND:{_stamp(event.ends_at)}",
        f"SUMMARY:{escape(event.title)}",
        f"DESCRIPTION:{escape(event.summary)}",
        f"URL:{url}",
    ]
    if event.location_text:
        lines.append(f"LOCATION:{escape(event.location_text)}")
    if event.place_id:
        lines.append(f"GEO:{event.place.latitude};{event.place.longitude}")
    lines.append("END:VEVENT")
    return lines


def calendar(events_with_urls, *, now: datetime.datetime, name: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    for event, url in events_with_urls:
        lines += vevent_lines(event, url=url, now=now)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
