"""Events in the observatory (observatoire.registry): events and workshops starting in the period and
their confirmed registrations, by audience (two queries; an event counts for each of its audiences).
Registrations count people: suppressed under 5."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from evenements.enums import EventAudience, RegistrationStatus
from evenements.models import EventPage, Registration
from observatoire.figures import COUNT, Column, Figure, choice_label
from observatoire.registry import register


def by_audience(period, today):
    events = period.filter(
        EventPage.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE), "starts_at"
    )
    held, registered = {}, {}
    for audiences in events.values_list("audiences", flat=True):
        for audience in audiences:
            held[audience] = held.get(audience, 0) + 1
    confirmed = Registration.objects.filter(event__in=events, status=RegistrationStatus.CONFIRMED)
    for audiences in confirmed.values_list("event__audiences", flat=True):
        for audience in audiences:
            registered[audience] = registered.get(audience, 0) + 1
    return [(key, [held.get(key, 0), registered.get(key, 0)]) for key in EventAudience.values]


def register_figures() -> None:
    register(
        Figure(
            "evenements-public", "lieux", _("Events and workshops by audience"),
            _(
                "Events starting in the period and their confirmed registrations; an event may address "
                "several audiences."
            ),
            _("Audience"),
            (
                Column("events", _("Events and workshops"), COUNT),
                Column("registrations", _("Confirmed registrations"), COUNT, sensitive=True),
            ),
            by_audience, label=choice_label(EventAudience), summed=False, charted=("events", "registrations"),
        ),
    )  # fmt: skip
