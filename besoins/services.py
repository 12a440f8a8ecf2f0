"""Writes of buyers' needs: submission, moderation, the providers told, proposals, questions, closing,
retention. E-mails go through the outbox in the same transaction (nothing sent for a rollback)."""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from besoins import notifications, selectors
from besoins.enums import NeedStatus
from besoins.models import Need, NeedNotification, Proposal, Question
from besoins.workflow import TRANSITIONS
from label.models import Provider
from portail.workflow import checked_message

MODERATE_PERMISSION = "besoins.moderate_need"


def submit_need(data: dict, *, submission_key) -> tuple[Need, bool]:
    """Store the need as typed, then send it to moderation; (need, created). The same form sent twice
    (double click, reload) finds the first need and sends nothing more."""
    existing = Need.objects.filter(submission_key=submission_key).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            need = Need.objects.create(**data, submission_key=submission_key, language=get_language() or "fr")
            transition(need, "submit", by="buyer")
    except IntegrityError:  # the twin request won the race
        return Need.objects.get(submission_key=submission_key), False
    return need, True


def transition(need: Need, action: str, *, by: str, user=None, message: str = "", chosen=None) -> Need:
    """Apply one step of besoins.workflow; `by` is "buyer" (signed link) or "moderator" (checked)."""
    rule = TRANSITIONS[action]
    allowed = rule.by == by and (by == "buyer" or (user is not None and user.has_perm(MODERATE_PERMISSION)))
    too_late = _("This need is no longer at this step: reload the page.")
    with transaction.atomic():
        need = Need.objects.select_for_update().get(pk=need.pk)
        message = checked_message(
            rule, status=need.status, allowed=allowed, too_late=too_late, message=message
        )
        need.status = rule.target
        now = timezone.now()
        if action == "publish":
            need.published_at = now
        if action in ("reject", "close"):
            need.closed_at = now
        if action in ("publish", "reject"):
            need.moderation_message = message
        if action == "close":
            if chosen is not None and chosen.need_id != need.pk:
                raise PermissionDenied
            need.chosen = chosen
        need.save()
        if action == "submit":
            notifications.buyer(need, "submitted")
            notifications.moderators(need)
        elif action in ("publish", "reject"):
            notifications.buyer(need, {"publish": "published", "reject": "rejected"}[action])
        if action == "publish":
            notify_providers(need)
    return need


def notify_providers(need: Need, *, cap: int | None = None) -> int:
    """Tell the matching providers not yet told (labelled first, at most the cap); how many."""
    providers = selectors.matching_providers(need, cap=cap)
    for provider in providers:
        NeedNotification.objects.create(need=need, provider=provider)
        notifications.provider_new_need(need, provider)
    return len(providers)


def _published(need: Need) -> None:
    if need.status != NeedStatus.PUBLISHED:
        raise ValidationError(_("This need is not open to proposals."))


def save_proposal(need: Need, provider: Provider, text: str) -> tuple[Proposal, bool]:
    """A provider's proposal (one per need, which it may correct while the need is open)."""
    _published(need)
    with transaction.atomic():
        proposal, created = Proposal.objects.update_or_create(
            need=need, provider=provider, defaults={"text": text.strip()}
        )
        if created:
            notifications.buyer(need, "proposal", provider=provider)
    return proposal, created


def ask_question(proposal: Proposal, text: str) -> Question:
    _published(proposal.need)
    with transaction.atomic():
        question = Question.objects.create(proposal=proposal, text=text.strip())
        notifications.provider_question(question)
    return question


def answer_question(question: Question, provider: Provider, text: str) -> Question:
    if question.proposal.provider_id != provider.pk:
        raise PermissionDenied
    with transaction.atomic():
        first = Question.objects.filter(pk=question.pk, answered_at__isnull=True).update(
            answer=text.strip(), answered_at=timezone.now()
        )
        if not first:
            raise ValidationError(_("This question is already answered."))
        question.refresh_from_db()
        notifications.buyer(question.proposal.need, "answer", question=question)
    return question


def purge_needs(now=None) -> int:
    """Retention: needs closed or rejected BUYER_NEED_RETENTION_DAYS ago go, with their proposals and
    questions; so do needs never moderated for as long. The number of needs deleted."""
    limit = (now or timezone.now()) - datetime.timedelta(days=settings.BUYER_NEED_RETENTION_DAYS)
    old = Need.objects.filter(status__in=[NeedStatus.CLOSED, NeedStatus.REJECTED], closed_at__lt=limit)
    stale = Need.objects.filter(status__in=[NeedStatus.DRAFT, NeedStatus.PENDING], created_at__lt=limit)
    deleted = 0
    for queryset in (old, stale):
        deleted += queryset.delete()[1].get("besoins.Need", 0)
    return deleted
