"""E-mails of the guichet: to the company in its language, to partners in French."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from guichet.enums import PartnerKind
from guichet.models import AccompanimentRequest, Partner
from guichet.phones import parse_phone
from guichet.routing import explain
from guichet.selectors import phone_to_call

PARTNER_LANGUAGE = "fr"


def tracking_url(request: AccompanimentRequest) -> str:
    with translation.override(request.language):
        return settings.SITE_URL + reverse("guichet:tracking", args=[request.tracking_token])


def partner_url(request: AccompanimentRequest) -> str:
    return settings.SITE_URL + reverse("guichet_partner:detail", args=[request.reference])


def _send(subject: str, body: str, to: list[str], cc: list[str] | None = None, reply_to=None) -> None:
    EmailMessage(subject, body, to=to, cc=cc or [], reply_to=reply_to).send()


def send_receipt(request: AccompanimentRequest) -> None:
    with translation.override(request.language):
        context = {
            "request": request,
            "explanation": explain(request.routing_reasons),
            "tracking_url": tracking_url(request),
        }
        subject = _("%(reference)s – we have received your request") % {"reference": request.reference}
        _send(subject, render_to_string("guichet/emails/receipt.txt", context), [request.email])


def sms_receipt(request: AccompanimentRequest) -> dict:
    """The receipt as a text message, in the person's language, ready for an SMS gateway or to be
    typed on the mediator's phone: the text, the number in international form, its length."""
    with translation.override(request.language):
        text = _(
            "%(reference)s: request received. %(partner)s will contact you by %(date)s. "
            "Questions: %(phone)s. CTM guichet"
        ) % {
            "reference": request.reference,
            "partner": request.partner.name,
            "date": request.contact_by.strftime("%d/%m"),
            "phone": phone_to_call(request),
        }
    try:
        number = parse_phone(request.phone).international if request.phone else ""
    except ValidationError:
        number = ""
    return {"text": text, "to": number, "length": len(text), "parts": 1 + (len(text) - 1) // 153}


def send_tracking_link(request: AccompanimentRequest) -> None:
    with translation.override(request.language):
        context = {"request": request, "tracking_url": tracking_url(request)}
        subject = _("%(reference)s – the link to follow your request") % {"reference": request.reference}
        _send(subject, render_to_string("guichet/emails/tracking_link.txt", context), [request.email])


def notify_company(request: AccompanimentRequest, action: str) -> None:
    with translation.override(request.language):
        last = request.events.filter(internal=False).order_by("-at", "-pk").first()
        context = {
            "request": request,
            "action": action,
            "message": last.message if last else "",
            "explanation": explain(request.routing_reasons),
            "tracking_url": tracking_url(request),
            "action_plan": list(request.action_plan.all()),
        }
        subject = _("%(reference)s – news about your request") % {"reference": request.reference}
        body = render_to_string("guichet/emails/company_update.txt", context)
        _send(subject, body, [request.email], reply_to=[request.partner.contact_email])


def send_check_in(check_in, url: str) -> None:
    """The short follow-up e-mail, some months after closure, with its one-click link."""
    request = check_in.request
    with translation.override(request.language):
        context = {"request": request, "check_in": check_in, "url": url}
        subject = _("%(reference)s – how is your project going?") % {"reference": request.reference}
        body = render_to_string("guichet/emails/check_in.txt", context)
        _send(subject, body, [request.email], reply_to=[request.partner.contact_email])


def notify_partner(request: AccompanimentRequest, event: str, partner: Partner | None = None) -> None:
    """New request, reminders (the CTM in copy after 7 working days), the company's replies; a part
    handed over goes to the receiving `partner`."""
    partner = partner or request.partner
    with translation.override(PARTNER_LANGUAGE):
        cc = []
        if event == "reminder_ctm":
            cc = list(Partner.objects.filter(kind=PartnerKind.CTM).values_list("contact_email", flat=True))
        context = {"request": request, "event": event, "url": partner_url(request)}
        subject = {
            "new": _("New guichet request %(reference)s"),
            "reminder": _("Reminder: request %(reference)s is waiting to be taken in charge"),
            "reminder_ctm": _("Second reminder: request %(reference)s is still waiting"),
            "escalated": _("Request %(reference)s passed to the CTM"),
            "reply": _("The company answered on request %(reference)s"),
            "withdraw": _("Request %(reference)s was withdrawn by the company"),
            "handed_over": _("Part of request %(reference)s handed over to you"),
        }[event] % {"reference": request.reference}
        body = render_to_string("guichet/emails/partner.txt", context)
        _send(subject, body, [partner.contact_email], cc=cc)
