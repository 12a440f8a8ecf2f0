"""E-mails of buyers' needs (through the outbox): to the buyer in its language with its signed link,
to providers in theirs, to the CTM moderators in French."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from besoins import links
from besoins.models import Need, Proposal, Question
from label.models import Provider
from portail.models import User

MODERATOR_LANGUAGE = "fr"


def _send(template: str, subject: str, to: list[str], context: dict) -> None:
    body = render_to_string(f"besoins/emails/{template}.txt", context)
    EmailMessage(subject, body, to=to).send()


def buyer(need: Need, event: str, **context) -> None:
    """event: submitted, published, rejected, proposal, answer."""
    with translation.override(need.language):
        subjects = {
            "submitted": _("Your need is recorded: %(title)s"),
            "published": _("Your need is published: %(title)s"),
            "rejected": _("Your need was not published: %(title)s"),
            "proposal": _("A provider answered your need: %(title)s"),
            "answer": _("A provider answered your question: %(title)s"),
        }
        context = {"need": need, "event": event, "url": links.tracking_url(need), **context}
        _send("buyer", subjects[event] % {"title": need.title}, [need.email], context)


def _provider_url(need: Need, provider: Provider) -> str:
    with translation.override(provider.language):
        return settings.SITE_URL + reverse("besoins:provider_need", args=[need.pk])


def provider_new_need(need: Need, provider: Provider) -> None:
    with translation.override(provider.language):
        subject = _("A buyer looks for a local provider: %(title)s") % {"title": need.title}
        context = {"need": need, "provider": provider, "url": _provider_url(need, provider)}
        _send("provider_need", subject, [provider.user.email], context)


def provider_question(question: Question) -> None:
    proposal: Proposal = question.proposal
    provider = proposal.provider
    with translation.override(provider.language):
        subject = _("The buyer asks you a question: %(title)s") % {"title": proposal.need.title}
        context = {"need": proposal.need, "question": question, "url": _provider_url(proposal.need, provider)}
        _send("provider_question", subject, [provider.user.email], context)


def moderators(need: Need) -> None:
    to = list(
        User.objects.filter(groups__permissions__codename="moderate_need", is_active=True)
        .distinct()
        .values_list("email", flat=True)
    )
    if not to:
        return
    with translation.override(MODERATOR_LANGUAGE):
        url = settings.SITE_URL + reverse("besoins_moderation_detail", args=[need.pk])
        _send("moderators", _("A buyer's need to moderate: %(title)s") % {"title": need.title}, to,
              {"need": need, "url": url})  # fmt: skip
