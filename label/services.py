"""Writes of the label. Everything is stored first; e-mails go out after commit, from retried jobs."""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from label.enums import ApplicationStatus
from label.models import CriterionAnswer, Evidence, LabelApplication, LabelCriterion, LabelEvent, Provider
from label.uploads import check_upload
from label.workflow import TRANSITIONS
from portail import jobs
from portail.workflow import checked_message

REVIEW_PERMISSION = "label.review_labelapplication"
PENDING = (ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


def is_reviewer(user) -> bool:
    return user.is_authenticated and user.has_perm(REVIEW_PERMISSION)


def is_owner(user, application: LabelApplication) -> bool:
    return user.is_authenticated and application.provider.user_id == user.pk


def _notify(task: str, *args) -> None:
    jobs.enqueue(f"label.tasks.{task}", *args)


def _event(application, action, *, actor=None, message="", from_status="", to_status=""):
    return LabelEvent.objects.create(
        application=application,
        action=action,
        actor=actor,
        message=message,
        from_status=from_status,
        to_status=to_status,
    )


@transaction.atomic
def open_application(provider: Provider) -> LabelApplication:
    """The provider's application being written (a draft, or one sent back for changes); a new
    draft when there is none — a first application or a renewal. Refused while one is being reviewed."""
    applications = provider.applications.select_for_update()
    current = applications.filter(
        status__in=[ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED]
    ).first()
    if current:
        return current
    if applications.filter(status__in=PENDING).exists():
        raise ValidationError(_("Your application is being reviewed: you will hear from us by e-mail."))
    application = LabelApplication.objects.create(provider=provider)
    _event(application, "created", actor=provider.user, to_status=application.status)
    return application


@transaction.atomic
def save_answers(application: LabelApplication, *, answers: dict, charter: bool) -> None:
    """Store the answers ({criterion: text}) and the charter acceptance of an editable application."""
    application.refresh_from_db(fields=["status"])
    if not application.editable:
        raise ValidationError(_("This application cannot be changed any more."))
    stored = {answer.criterion_id: answer for answer in application.answers.all()}
    for criterion, text in answers.items():
        answer = stored.get(criterion.pk) or CriterionAnswer(application=application, criterion=criterion)
        if answer.pk is None or answer.answer != text.strip():  # a changed answer is checked again
            answer.answer, answer.met, answer.exception_reason = text.strip(), None, ""
            answer.save()
    application.charter_accepted_at = (application.charter_accepted_at or timezone.now()) if charter else None
    application.save(update_fields=["charter_accepted_at"])


def add_evidence(application: LabelApplication, upload) -> Evidence:
    application.refresh_from_db(fields=["status"])
    if not application.editable:
        raise ValidationError(_("This application cannot be changed any more."))
    mime, name, content = check_upload(upload)
    evidence = Evidence(
        application=application, original_name=upload.name[:200], content_type=mime, size=len(content)
    )
    evidence.file.save(name, ContentFile(content), save=False)
    evidence.save()
    return evidence


def delete_evidence(evidence: Evidence) -> None:
    evidence.application.refresh_from_db(fields=["status"])
    if not evidence.application.editable:
        raise ValidationError(_("This application cannot be changed any more."))
    evidence.delete()  # the file leaves the disk on commit (label.models._delete_evidence_file)


@transaction.atomic
def delete_provider_data(provider: Provider) -> None:
    """Right to erasure: the provider's profile, solutions, applications (answers, evidence, timeline)
    and its label, whose verification page and badge then answer 404. The account stays. Evidence
    files leave the private storage once this is committed (a post_delete handler on Evidence)."""
    Provider.objects.select_for_update().get(pk=provider.pk).delete()


def missing_for_submission(application: LabelApplication) -> list[str]:
    """What the provider still has to do before sending the application."""
    missing = []
    answered = {answer.criterion_id for answer in application.answers.all() if answer.answer.strip()}
    if any(
        pk not in answered for pk in LabelCriterion.objects.filter(active=True).values_list("pk", flat=True)
    ):
        missing.append(_("Answer every criterion."))
    if not application.charter_accepted_at:
        missing.append(_("Accept the charter of the label."))
    if not application.evidence.exists():
        missing.append(_("Add at least one piece of evidence."))
    if not application.provider.solutions.exists():
        missing.append(_("Describe at least one solution in your profile."))
    return missing


def unchecked_criteria(application: LabelApplication) -> list[str]:
    """The active criteria neither ticked « met » by the reviewer nor given a reason for an
    exception, in the current language: the label cannot be granted while there is one."""
    answers = {answer.criterion_id: answer for answer in application.answers.all()}
    return [
        criterion.localized[0]
        for criterion in LabelCriterion.objects.filter(active=True)
        if not ((answer := answers.get(criterion.pk)) and (answer.met or answer.exception_reason.strip()))
    ]


def _label_code() -> str:
    while True:
        code = "PLN-" + "".join(secrets.choice(CODE_ALPHABET) for _i in range(6))
        if not Provider.objects.filter(label_code=code).exists():
            return code


@transaction.atomic
def transition(application: LabelApplication, action: str, *, user, message: str = "", today=None):
    """Apply one transition of label.workflow.TRANSITIONS, or raise PermissionDenied /
    ValidationError."""
    rule = TRANSITIONS[action]
    application = (
        LabelApplication.objects.select_for_update().select_related("provider").get(pk=application.pk)
    )
    message = checked_message(
        rule,
        status=application.status,
        allowed=is_owner(user, application) if rule.by == "provider" else is_reviewer(user),
        too_late=_("This is not possible any more: the application is now “%(status)s”.")
        % {"status": application.get_status_display()},
        message=message,
    )
    if action == "submit" and (missing := missing_for_submission(application)):
        raise ValidationError(missing)
    if action == "approve" and (unchecked := unchecked_criteria(application)):
        raise ValidationError(
            _(
                "The label cannot be granted yet: tick every criterion « met », or give the reason "
                "for an exception. Still to check: %(criteria)s."
            )
            % {"criteria": "; ".join(unchecked)}
        )
    now = timezone.now()
    before = application.status
    application.status = rule.target
    provider = application.provider
    if action == "submit":
        application.submitted_at = now
    elif action == "start_review":
        application.reviewer = user
    elif action in ("approve", "reject"):
        application.decided_at, application.reviewer = now, user
    if action == "approve":
        today = today or timezone.localdate()
        application.valid_from = today
        application.valid_until = today + datetime.timedelta(days=settings.LABEL_VALIDITY_DAYS)
        application.reminders_sent = []
        provider.label_code = provider.label_code or _label_code()
        provider.current_label = application
        provider.save(update_fields=["label_code", "current_label"])
    elif action == "revoke":
        application.revoked_at = now
    application.save()
    _event(application, action, actor=user, message=message, from_status=before, to_status=rule.target)
    if action == "submit":
        _notify("notify_reviewers_task", application.pk)
    _notify("notify_provider_task", application.pk, action)
    return application


@transaction.atomic
def record_checklist(application: LabelApplication, *, user, met: dict, reasons: dict | None = None) -> None:
    """The reviewer's ticks ({answer pk: True/False/None}) and, for a criterion not met or not
    checked, the reason for an exception ({answer pk: text}) that lets the label be granted anyway."""
    if not is_reviewer(user):
        raise PermissionDenied
    reasons = reasons or {}
    for answer in application.answers.all():
        if answer.pk in met:
            answer.met = met[answer.pk]
            answer.exception_reason = "" if answer.met else reasons.get(answer.pk, "").strip()[:1000]
            answer.save(update_fields=["met", "exception_reason"])


def send_expiry_reminders(today: datetime.date | None = None) -> int:
    """E-mail each provider 60, 30 and 7 days before its label expires. Each reminder is sent once:
    a job that ran late sends only the most urgent one due, and never one it already sent."""
    today = today or timezone.localdate()
    thresholds = sorted(settings.LABEL_REMINDER_DAYS)
    horizon = today + datetime.timedelta(days=max(thresholds))
    labels = LabelApplication.objects.filter(
        status=ApplicationStatus.APPROVED, valid_until__gte=today, valid_until__lte=horizon
    ).filter(provider__current_label=F("pk"))
    sent = 0
    for label in labels:
        with transaction.atomic():
            label = LabelApplication.objects.select_for_update().get(pk=label.pk)
            days_left = (label.valid_until - today).days
            due = [days for days in thresholds if days_left <= days]
            if not due or due[0] in label.reminders_sent:
                continue
            label.reminders_sent = sorted(set(label.reminders_sent) | set(due), reverse=True)
            label.save(update_fields=["reminders_sent"])
            _event(label, "reminder", message=str(due[0]))
            _notify("notify_provider_task", label.pk, "reminder")
        sent += 1
    return sent
