"""iCalendar (RFC 5545) for events: one event (e-mail attachment, download) or the whole listing."""

import datetime

PRODID = "-//Portail numérique de Martinique//Evenements//FR"


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1)."""
    parts, current = [], b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += encoded
    parts.append(current.decode())
    return "\r\n ".join(parts)


def _stamp(moment: datetime.datetime) -> str:
    return f"{moment.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}"


def vevent_lines(event, *, url: str, now: datetime.datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:evenement-{event.translation_key}@portail-numerique-martinique",
        f"DTSTAMP:{_stamp(now)}",
        f"DTSTART:{_stamp(event.starts_at)}",
        f"DTEND:{_stamp(event.ends_at)}",
        f"SUMMARY:{_escape(event.title)}",
        f"DESCRIPTION:{_escape(event.summary)}",
        f"URL:{url}",
    ]
    if event.location_text:
        lines.append(f"LOCATION:{_escape(event.location_text)}")
    if event.place_id:
        lines.append(f"GEO:{event.place.latitude};{event.place.longitude}")
    lines.append("END:VEVENT")
    return lines


def calendar(events_with_urls, *, now: datetime.datetime, name: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{_escape(name)}")
    for event, url in events_with_urls:
        lines += vevent_lines(event, url=url, now=now)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
