"""Writes of the events: sign-ups with capacity and a waiting list, cancellation, e-mails, retention."""

import datetime
import logging

from django_q.tasks import async_task

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from evenements import ical
from evenements.enums import RegistrationStatus
from evenements.models import EventPage, Registration
from portail import tokens
from portail.selectors import source_page

CANCEL_SALT = "evenements.cancel"
# Every e-mail carries a fresh link (the reminder the day before too): an older one is for a past event.
CANCEL_LINK_MAX_AGE = datetime.timedelta(days=365)
logger = logging.getLogger(__name__)


class RegistrationClosed(Exception):
    pass


def _notify(task: str, *args) -> None:
    transaction.on_commit(lambda: async_task(task, *args))


@transaction.atomic
def register(
    *, event: EventPage, name: str, email: str, phone: str, accessibility_needs: str, language: str
) -> Registration:
    """A confirmed seat while there is one, else a place on the waiting list.

    The event's row is locked (SELECT … FOR UPDATE) while seats are counted, so that two people
    signing up at once for the last seat cannot both get it. Sign-ups on a translation count
    against the French event.
    """
    event = EventPage.objects.select_for_update().get(pk=source_page(event).pk)
    if not event.registration_open or event.starts_at <= timezone.now():
        raise RegistrationClosed
    contact = {"email__iexact": email} if email else {"phone": phone, "name__iexact": name}
    already = event.registrations.exclude(status=RegistrationStatus.CANCELLED).filter(**contact).first()
    if already:  # a double submit, or the same person again: one seat each
        return already
    promote_waiting_list(event)  # seats added by the organiser go to those who waited first
    confirmed = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    full = event.capacity is not None and confirmed >= event.capacity
    registration = Registration.objects.create(
        event=event,
        name=name,
        email=email,
        phone=phone,
        accessibility_needs=accessibility_needs,
        language=language,
        status=RegistrationStatus.WAITING if full else RegistrationStatus.CONFIRMED,
        consent_at=timezone.now(),
    )
    _notify("evenements.tasks.registration_email_task", registration.pk, "registered")
    return registration


@transaction.atomic
def cancel(*, registration_id: int) -> Registration | None:
    """Cancel a sign-up; a freed seat goes to the first person on the waiting list (told by e-mail)."""
    registration = Registration.objects.filter(pk=registration_id).select_related("event").first()
    if registration is None or registration.status == RegistrationStatus.CANCELLED:
        return registration
    event = EventPage.objects.select_for_update().get(pk=registration.event_id)
    freed = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if freed and event.ends_at > timezone.now():
        promote_waiting_list(event)
    return registration


def promote_waiting_list(event: EventPage) -> list[Registration]:
    """Fill the free seats from the waiting list, first come first served (caller holds the lock)."""
    registrations = event.registrations
    confirmed = registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    free = (event.capacity - confirmed) if event.capacity is not None else None
    waiting = registrations.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk")
    promoted = list(waiting if free is None else waiting[: max(free, 0)])
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status"])
        _notify("evenements.tasks.registration_email_task", registration.pk, "promoted")
    return promoted


def cancel_token(registration: Registration) -> str:
    return tokens.make(registration.pk, salt=CANCEL_SALT)


def registration_from_token(token: str) -> Registration | None:
    pk = tokens.read(token, salt=CANCEL_SALT, max_age=CANCEL_LINK_MAX_AGE)
    return Registration.objects.filter(pk=pk).select_related("event").first() if pk else None


def _event_in(language: str, event: EventPage) -> EventPage:
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    translated = event.get_translation_or_none(locale) if locale else None
    if translated and translated.live:
        return translated
    # shown in French: its links stay under the recipient's language prefix (portail.languages)
    event.fallback_language = event.locale.language_code if event.locale.language_code != language else ""
    return event


SUBJECTS = {
    "registered": lambda event, registration: (
        (
            _("Your place is booked: %(event)s")
            if registration.status == RegistrationStatus.CONFIRMED
            else _("You are on the waiting list: %(event)s")
        )
        % {"event": event.title}
    ),
    "promoted": lambda event, registration: _("A place is free for you: %(event)s") % {"event": event.title},
    "reminder": lambda event, registration: _("Tomorrow: %(event)s") % {"event": event.title},
}


def send_registration_email(*, registration: Registration, kind: str) -> None:
    """Confirmation, waiting list, promotion or reminder: with the event as .ics and a cancel link."""
    if not registration.email:
        return  # signed up with a phone number: the organiser calls
    with translation.override(registration.language):
        event = _event_in(registration.language, registration.event)
        url = f"{settings.SITE_URL}{event.url}"
        context = {
            "registration": registration,
            "event": event,
            "kind": kind,
            "url": url,
            "cancel_url": url + event.reverse_subpage("cancel", kwargs={"token": cancel_token(registration)}),
        }
        message = EmailMessage(
            subject=SUBJECTS[kind](event, registration),
            body=render_to_string("evenements/emails/registration.txt", context),
            to=[registration.email],
        )
        if registration.status == RegistrationStatus.CONFIRMED:
            message.attach(
                "evenement.ics",
                ical.calendar([(event, url)], now=timezone.now()),
                "text/calendar; charset=utf-8; method=PUBLISH",
            )
        message.send()


def send_reminders(now=None) -> int:
    """The day before: every confirmed person of the events starting tomorrow (Martinique time)."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    due = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminder_sent_at__isnull=True,
        anonymised_at__isnull=True,
        event__starts_at__date=tomorrow,
    ).select_related("event")
    sent = 0
    for registration in due:
        try:
            with transaction.atomic():
                Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=now)
                send_registration_email(registration=registration, kind="reminder")
        except Exception as error:  # one refused address must not deprive the others of their reminder
            logger.warning("Reminder of registration %s not sent (%s)", registration.pk, type(error).__name__)
            continue
        sent += 1
    return sent


def anonymise_past_registrations(now=None) -> int:
    """REGISTRATION_RETENTION_DAYS after an event, names and contacts are erased; counts stay."""
    now = now or timezone.now()
    limit = now - datetime.timedelta(days=settings.REGISTRATION_RETENTION_DAYS)
    return Registration.objects.filter(anonymised_at__isnull=True, event__ends_at__lt=limit).update(
        name="—", email="", phone="", accessibility_needs="", anonymised_at=now
    )
