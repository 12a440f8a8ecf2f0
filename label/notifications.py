"""E-mails of the label: to the provider in its language, to the CTM reviewers in French."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from label.models import LabelApplication
from portail.models import User

REVIEWER_LANGUAGE = "fr"


def reviewers_emails() -> list[str]:
    reviewers = User.objects.filter(
        groups__permissions__codename="review_labelapplication", is_active=True
    ).distinct()
    return list(reviewers.values_list("email", flat=True))


def notify_provider(application: LabelApplication, action: str) -> None:
    provider = application.provider
    with translation.override(provider.language):
        last = application.events.order_by("-at", "-pk").first()
        context = {
            "application": application,
            "provider": provider,
            "action": action,
            "message": last.message if last and action != "reminder" else "",
            "url": settings.SITE_URL + reverse("label:application", args=[application.pk]),
            "verify_url": settings.SITE_URL + reverse("label:verify", args=[provider.label_code])
            if provider.label_code
            else "",
        }
        subject = _("Label « produit local numérique »: %(status)s") % {
            "status": _("reminder, your label expires soon")
            if action == "reminder"
            else application.get_status_display()
        }
        body = render_to_string("label/emails/provider.txt", context)
        EmailMessage(subject, body, to=[provider.user.email]).send()


def notify_reviewers(application: LabelApplication) -> None:
    to = reviewers_emails()
    if not to:
        return
    with translation.override(REVIEWER_LANGUAGE):
        url = settings.SITE_URL + reverse("label_review_detail", args=[application.pk])
        subject = _("New label application: %(name)s") % {"name": application.provider.name}
        body = render_to_string("label/emails/reviewers.txt", {"application": application, "url": url})
        EmailMessage(subject, body, to=to).send()
