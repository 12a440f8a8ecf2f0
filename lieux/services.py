"""Writes of the places map: public corrections and the yearly "is this still right?" check."""

import datetime
import logging

from django_q.tasks import async_task

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from lieux.models import PlaceCorrection, PlacePage
from portail import tokens

logger = logging.getLogger(__name__)
CORRECTION_EMAIL_DAYS = 183

VERIFY_SALT = "lieux.verify"
VERIFY_EVERY = datetime.timedelta(days=365)
VERIFY_LINK_MAX_AGE = datetime.timedelta(days=90)


@transaction.atomic
def suggest_correction(*, place: PlacePage, message: str, email: str = "") -> PlaceCorrection:
    """Stored for the editors (Wagtail admin, “Place corrections”), who are told on commit."""
    correction = PlaceCorrection.objects.create(place=place, message=message, email=email)
    transaction.on_commit(lambda: async_task("lieux.tasks.correction_notify_task", correction.pk))
    return correction


def correction_notify(*, correction: PlaceCorrection) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        EmailMessage(
            subject=_("A correction is suggested for %(place)s") % {"place": correction.place.title},
            body=render_to_string("lieux/emails/correction_notify.txt", {"correction": correction}),
            to=[settings.DEFAULT_FROM_EMAIL],
        ).send()


def verification_token(place: PlacePage) -> str:
    return tokens.make(place.pk, salt=VERIFY_SALT)


def place_from_token(token: str) -> int | None:
    return tokens.read(token, salt=VERIFY_SALT, max_age=VERIFY_LINK_MAX_AGE)


def places_due_for_verification(now=None):
    """French pages with an e-mail, not verified nor asked within a year."""
    now = now or timezone.now()
    year_ago = now - VERIFY_EVERY
    return (
        PlacePage.objects.live()
        .filter(locale=Locale.get_default())
        .exclude(email="")
        .filter(Q(last_verified__isnull=True) | Q(last_verified__lt=timezone.localdate(year_ago)))
        .filter(Q(verification_sent_at__isnull=True) | Q(verification_sent_at__lt=year_ago))
    )


def send_verification_requests(now=None) -> int:
    """E-mail each place that is due; recorded first, so that a place is asked once a year."""
    now = now or timezone.now()
    sent = 0
    for place in places_due_for_verification(now):
        try:
            with transaction.atomic():
                PlacePage.objects.filter(pk=place.pk).update(verification_sent_at=now)
                _send_verification_request(place)
        except Exception as error:  # one refused address must not stop the others; retried next run
            logger.warning("Verification of place %s not sent (%s)", place.pk, type(error).__name__)
            continue
        sent += 1
    return sent


def _send_verification_request(place: PlacePage) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        url = f"{settings.SITE_URL}{place.url}"
        context = {
            "place": place,
            "confirm_url": url
            + place.reverse_subpage("confirm", kwargs={"token": verification_token(place)}),
            "correct_url": url + place.reverse_subpage("correction"),
        }
        EmailMessage(
            subject=_("Is the information about %(place)s still right?") % {"place": place.title},
            body=render_to_string("lieux/emails/verify.txt", context),
            to=[place.email],
        ).send()


def erase_old_correction_emails(now=None) -> int:
    """Six months after a correction was suggested, the editors no longer need to reply: its e-mail goes."""
    limit = (now or timezone.now()) - datetime.timedelta(days=CORRECTION_EMAIL_DAYS)
    return PlaceCorrection.objects.filter(created_at__lt=limit).exclude(email="").update(email="")


def confirm_place(*, place_id: int, today=None) -> None:
    """The place's contact says the page is right: every language version gets the date."""
    today = today or timezone.localdate()
    place = PlacePage.objects.get(pk=place_id)
    PlacePage.objects.filter(translation_key=place.translation_key).update(last_verified=today)
