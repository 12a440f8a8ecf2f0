"""E-mail alerts of new calls for tenders: subscribe, confirm (double opt-in), unsubscribe, send.

Each call is announced once to each alert: the delivery row (unique per alert and call) is the claim,
written in the same transaction as the e-mail in the outbox, with the alert's row locked so that two
runs at the same time cannot both send it."""

import datetime

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from achats.models import CallAlert, CallAlertDelivery
from achats.selectors import open_calls
from label.enums import SolutionCategory
from portail import jobs
from portail.alerts import alert_token, send_alert_email


@transaction.atomic
def call_alert_subscribe(*, email: str, language: str, categories: list[str]) -> CallAlert:
    """Record the alert (one per address: subscribing again replaces its categories), then e-mail a
    confirmation link if it is not confirmed yet."""
    alert, created = CallAlert.objects.get_or_create(
        email=email.strip().lower(),
        defaults={"language": language, "categories": categories, "token": alert_token()},
    )
    if not created:
        alert.language, alert.categories = language, categories
        alert.save(update_fields=["language", "categories"])
    if alert.confirmed_at is None:
        jobs.enqueue("achats.tasks.call_alert_confirmation_task", alert.pk)
    return alert


def call_alert_confirm(*, token: str) -> CallAlert | None:
    alert = CallAlert.objects.filter(token=token).first()
    if alert and alert.confirmed_at is None:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])
    return alert


def call_alert_unsubscribe(*, token: str) -> bool:
    deleted, _details = CallAlert.objects.filter(token=token).delete()
    return deleted > 0


def _links(alert: CallAlert) -> dict:
    with translation.override(alert.language):
        return {
            "confirm_url": settings.SITE_URL + reverse("achats:alert_confirm", args=[alert.token]),
            "unsubscribe_url": settings.SITE_URL + reverse("achats:alert_unsubscribe", args=[alert.token]),
            "one_click_url": settings.SITE_URL + reverse("achats:alert_one_click", args=[alert.token]),
            "calls_url": settings.SITE_URL + reverse("achats:calls"),
        }


def _send(alert: CallAlert, subject: str, template: str, context: dict) -> None:
    send_alert_email(
        to=alert.email,
        subject=subject,
        body=render_to_string(template, context),
        one_click_url=context["links"]["one_click_url"],
    )


def call_alert_send_confirmation(*, alert: CallAlert) -> None:
    with translation.override(alert.language):
        categories = [
            SolutionCategory(value).label for value in alert.categories if value in SolutionCategory
        ]
        context = {"alert": alert, "links": _links(alert), "categories": categories}
        _send(
            alert,
            _("Confirm your alert for calls for tenders"),
            "achats/emails/alert_confirmation.txt",
            context,
        )


def call_alerts_send(*, today: datetime.date | None = None) -> int:
    """E-mail each confirmed alert the open calls of its categories not announced to it yet.
    Returns the number of e-mails sent."""
    calls = list(open_calls(today))
    if not calls:
        return 0
    sent = 0
    for alert_id in CallAlert.objects.filter(confirmed_at__isnull=False).values_list("pk", flat=True):
        with transaction.atomic():  # a failed e-mail claims nothing: the next run tries again
            alert = CallAlert.objects.select_for_update().filter(pk=alert_id).first()
            if alert is None:  # unsubscribed meanwhile
                continue
            claimed = set(alert.deliveries.values_list("call_id", flat=True))
            wanted = set(alert.categories)
            news = [call for call in calls if call.pk not in claimed and wanted & set(call.categories)]
            if not news:
                continue
            CallAlertDelivery.objects.bulk_create(CallAlertDelivery(alert=alert, call=call) for call in news)
            with translation.override(alert.language):
                links = _links(alert)
                items = [(call, settings.SITE_URL + reverse("achats:call", args=[call.pk])) for call in news]
                context = {"alert": alert, "links": links, "items": items}
                _send(alert, _("New calls for tenders for you"), "achats/emails/alert_digest.txt", context)
            sent += 1
    return sent
