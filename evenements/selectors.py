"""Reads of the events: published events of a locale (French when not translated), filtered."""

from django.db.models import Count, Q
from django.utils import timezone

from wagtail.models import Locale

from evenements.enums import RegistrationStatus
from evenements.models import EventPage
from portail.selectors import localized_pages, source_page


def published_events(locale: Locale | None = None, *, past: bool = False, now=None) -> list[EventPage]:
    """Live public events in `locale` or their French page, soonest first (past ones: latest first).

    Each event gets `seats_free` (None: no limit), counted on the French event. Three queries.
    """
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    now = now or timezone.now()
    events = (
        EventPage.objects.live()
        .public()  # not those behind a login or a password
        .filter(locale__in={locale.pk, default.pk})
        .filter(Q(ends_at__lt=now) if past else Q(ends_at__gte=now))
        .select_related("commune", "place__commune")
        .order_by("-starts_at" if past else "starts_at")
    )
    by_key = {}
    for event in events:
        if event.locale_id == locale.pk or event.translation_key not in by_key:
            by_key[event.translation_key] = event
    result = [event for event in events if by_key.get(event.translation_key) is event]
    taken = dict(
        EventPage.objects.filter(locale=default, translation_key__in=by_key)
        .annotate(taken=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)))
        .values_list("translation_key", "taken")
    )
    for event in result:
        seats_taken = taken.get(event.translation_key, 0)
        event.seats_free = None if event.capacity is None else max(event.capacity - seats_taken, 0)
        event.fallback_language = default.language_code if event.locale_id != locale.pk else ""
    return result


def filter_events(events, *, commune=None, kinds=(), audiences=(), start=None, end=None):
    result = []
    for event in events:
        local_day = timezone.localdate(event.starts_at)
        if commune and event.commune_id != commune.pk:
            continue
        if kinds and event.kind not in kinds:
            continue
        if audiences and not set(audiences) & set(event.audiences):
            continue
        if start and local_day < start:
            continue
        if end and local_day > end:
            continue
        result.append(event)
    return result


def seats_left(event: EventPage) -> int | None:
    if event.capacity is None:
        return None
    taken = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    return max(event.capacity - taken, 0)


def upcoming_events_at(place, locale: Locale, *, limit: int = 10) -> list[EventPage]:
    """The next events held at a place (any of its translations), in `locale` where translated."""
    french = source_page(place)
    events = EventPage.objects.live().filter(
        place=french, locale_id=french.locale_id, ends_at__gte=timezone.now()
    )
    return localized_pages(list(events.order_by("starts_at")[:limit]), locale)
