"""Writes of the funding guide: e-mail alerts (subscribe, confirm, unsubscribe, send)."""

import datetime

from django_q.tasks import async_task

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from financements.eligibility import Profile, find_schemes
from financements.enums import SchemeStatus
from financements.models import FundingAlert, FundingAlertDelivery
from financements.selectors import guide_for_language, guide_schemes
from portail.alerts import alert_token, send_alert_email


@transaction.atomic
def funding_alert_subscribe(*, email: str, language: str, profile: Profile) -> FundingAlert:
    """Record the alert, then e-mail a confirmation link (double opt-in). Subscribing twice is harmless."""
    alert, _created = FundingAlert.objects.get_or_create(
        email=email.strip().lower(),
        beneficiary=profile.beneficiary,
        sector=profile.sector,
        commune=profile.commune,
        project=profile.project,
        defaults={"language": language, "headcount": profile.headcount, "token": alert_token()},
    )
    if alert.confirmed_at is None:
        transaction.on_commit(
            lambda: async_task("financements.tasks.funding_alert_confirmation_task", alert.pk)
        )
    return alert


def funding_alert_confirm(*, token: str) -> FundingAlert | None:
    alert = FundingAlert.objects.filter(token=token).first()
    if alert and alert.confirmed_at is None:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])
    return alert


def funding_alert_unsubscribe(*, token: str) -> bool:
    """Delete the alert and what was sent to it: nothing is kept after unsubscribing."""
    deleted, _details = FundingAlert.objects.filter(token=token).delete()
    return deleted > 0


def _links(alert, guide) -> dict:
    base = f"{settings.SITE_URL}{guide.url}"
    return {
        "confirm_url": base + guide.reverse_subpage("alert_confirm", kwargs={"token": alert.token}),
        "unsubscribe_url": base + guide.reverse_subpage("alert_unsubscribe", kwargs={"token": alert.token}),
        "one_click_url": settings.SITE_URL
        + reverse("funding-alert-one-click-unsubscribe", args=[alert.token]),
    }


def _send(alert, subject, template, context):
    send_alert_email(
        to=alert.email,
        subject=subject,
        body=render_to_string(template, context),
        one_click_url=context["links"]["one_click_url"],
    )


def funding_alert_send_confirmation(*, alert: FundingAlert) -> None:
    with translation.override(alert.language):
        guide = guide_for_language(alert.language)
        context = {"alert": alert, "links": _links(alert, guide)}
        _send(alert, _("Confirm your funding alert"), "financements/emails/alert_confirmation.txt", context)


def funding_alerts_send(*, today: datetime.date | None = None) -> int:
    """E-mail each confirmed alert the matching schemes that are new or closing soon, once each.

    "New" means published after the alert was confirmed. Returns the number of e-mails sent.
    """
    today = today or timezone.localdate()
    sent = 0
    for alert in FundingAlert.objects.filter(confirmed_at__isnull=False).select_related("commune__epci"):
        with translation.override(alert.language):
            guide = guide_for_language(alert.language)
            if guide is None:
                continue
            profile = Profile(alert.beneficiary, alert.sector, alert.commune, alert.project, alert.headcount)
            schemes = guide_schemes(guide, Locale.get_active(), today)
            matches, _near_misses = find_schemes(schemes, profile, today)
            delivered = set(alert.deliveries.values_list("scheme_key", "reason"))
            news = []
            for assessment in matches:
                scheme = assessment.scheme
                closing = scheme.current_status == SchemeStatus.CLOSING_SOON
                reason = "closing-soon" if closing else "new"
                published = scheme.first_published_at or scheme.last_published_at
                is_new = published is not None and published >= alert.confirmed_at
                if (scheme.translation_key, reason) not in delivered and (closing or is_new):
                    news.append((scheme, reason))
            if not news:
                continue
            with transaction.atomic():  # a failed e-mail records nothing: the next run tries again
                FundingAlertDelivery.objects.bulk_create(
                    FundingAlertDelivery(alert=alert, scheme_key=scheme.translation_key, reason=reason)
                    for scheme, reason in news
                )
                context = {
                    "alert": alert,
                    "links": _links(alert, guide),
                    "items": [
                        (scheme, reason, f"{settings.SITE_URL}{scheme.url}") for scheme, reason in news
                    ],
                }
                _send(alert, _("Funding schemes for you"), "financements/emails/alert_digest.txt", context)
            sent += 1
    return sent
