"""Writes of the guichet. The request is stored first; e-mails go out after commit, from retried jobs."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from guichet import checklist, selectors, workdays
from guichet.enums import ConsentMethod, EventKind, Outcome, RequestKind, Status
from guichet.models import AccompanimentRequest, ActionPlanItem, RequestEvent
from guichet.permissions import can_act, part_held_by
from guichet.routing import Case, explain, route
from guichet.workflow import TRANSITIONS
from portail import jobs
from portail.workflow import checked_message

CONTACT_WITHIN_WORKING_DAYS = 3


@dataclass
class Submission:
    """What the company typed, cleaned by the form."""

    company_name: str
    sector: str
    headcount: int
    commune: object
    needs: list
    contact_name: str
    email: str
    preferred_channel: str
    siret: str = ""
    being_created: bool = False
    description: str = ""
    phone: str = ""
    language: str = "fr"
    mediator_organisation: str = ""
    diagnosis: object = None  # the self-diagnosis the request was started from
    scheme: object = None  # the funding scheme the company asks help with (its documents checklist)

    def case(self) -> Case:
        return Case(self.commune, self.sector, self.headcount, self.needs)


@dataclass
class PersonSubmission:
    """What an individual typed (or a mediator typed for them), cleaned by the forms. No company:
    phone alone is enough to be reached."""

    contact_name: str
    commune: object
    person_status: str
    age_band: str
    goals: list
    preferred_channel: str
    level: str = ""
    description: str = ""
    phone: str = ""
    email: str = ""
    language: str = "fr"
    training: object = None
    mediator_organisation: str = ""
    consent_method: str = ConsentMethod.ONLINE
    consent_at: datetime.datetime | None = None
    receipt_channel: str = ""
    kind: str = RequestKind.PERSON

    def case(self) -> Case:
        return Case(
            self.commune,
            kind=RequestKind.PERSON,
            person_status=self.person_status,
            goals=list(self.goals),
            age_band=self.age_band,
        )


def _notify(task: str, *args) -> None:
    jobs.enqueue(f"guichet.tasks.{task}", *args)


def _event(
    request, kind, *, actor=None, partner=None, message="", internal=False, from_status="", to_status=""
):
    return RequestEvent.objects.create(
        request=request,
        kind=kind,
        actor=actor,
        partner=partner,
        message=message,
        internal=internal,
        from_status=from_status,
        to_status=to_status,
    )


def submit_request(
    submission: Submission | PersonSubmission, *, submission_key: str, consent_text: str, filed_by=None
) -> tuple[AccompanimentRequest, bool]:
    """Store the request, route it, log it; then (on commit) the receipt and the partner's e-mail.

    The same submission key twice (double click, resent form) gives back the first request.
    """
    existing = AccompanimentRequest.objects.filter(submission_key=submission_key).first()
    if existing:
        return existing, False
    decision = route(submission.case())
    now = timezone.now()
    fields = vars(submission).copy()
    if fields.get("consent_at") is None and isinstance(submission, PersonSubmission):
        fields["consent_at"] = now
    try:
        with transaction.atomic():
            request = AccompanimentRequest.objects.create(
                submission_key=submission_key,
                consent_text=consent_text,
                filed_by=filed_by,
                partner=decision.partner,
                rule=decision.rule,
                routing_reasons=decision.reasons,
                routed_at=now,
                contact_by=workdays.add_working_days(timezone.localdate(now), CONTACT_WITHIN_WORKING_DAYS),
                **fields,
            )
            request.reference = f"GU-{timezone.localtime(now):%Y}-{request.pk:06d}"  # the year in Martinique
            request.save(update_fields=["reference"])
            checklist.create_checklist(request)
            _event(request, EventKind.RECEIVED, to_status=Status.ROUTED)
            _event(request, EventKind.ROUTED, partner=decision.partner, message=decision.explanation)
            if request.email:  # phone only: the receipt is the confirmation page (printable), or an SMS
                _notify("send_receipt_task", request.pk)
            _notify("notify_partner_task", request.pk, "new")
    except IntegrityError:  # the same submission, stored by a concurrent request a moment ago
        return AccompanimentRequest.objects.get(submission_key=submission_key), False
    return request, True


@transaction.atomic
def transition(
    request: AccompanimentRequest, action: str, *, user=None, message: str = "", outcome: str = ""
):
    """Apply one transition of guichet.workflow.TRANSITIONS, or raise PermissionDenied / ValidationError."""
    rule = TRANSITIONS[action]
    request = AccompanimentRequest.objects.select_for_update().get(pk=request.pk)
    message = checked_message(
        rule,
        status=request.status,
        allowed=rule.by != "partner" or (user is not None and can_act(user, request)),
        too_late=_("This is not possible any more: the request is now “%(status)s”.")
        % {"status": request.get_status_display()},
        message=message,
    )
    if action == "close" and outcome not in Outcome.values:
        raise ValidationError(_("Choose the outcome."))
    before, partner = request.status, request.partner
    if action == "decline":
        _reroute(request, declined_by=partner)
    elif action == "reply":
        request.status = Status.IN_PROGRESS if request.status == Status.WAITING else request.status
    else:
        request.status = rule.target
    if action == "take":
        request.taken_at, request.taken_by = timezone.now(), user
    elif action == "close":
        request.outcome, request.closed_at = outcome, timezone.now()
    elif action == "reopen":
        request.outcome, request.closed_at = "", None
        request.check_ins.filter(sent_at__isnull=True).delete()  # planned again at the next closure
    elif action == "withdraw":
        request.closed_at = timezone.now()
    request.save()
    _event(
        request,
        rule.event,
        actor=user,
        partner=partner if rule.by == "partner" else None,
        message=message,
        from_status=before,
        to_status=request.status,
    )
    if action == "decline":
        _event(request, EventKind.ROUTED, partner=request.partner, message=explain(request.routing_reasons))
        _notify("notify_partner_task", request.pk, "new")
    elif rule.by == "company":
        _notify("notify_partner_task", request.pk, action)
    if action in ("take", "ask", "close", "decline") and request.email:
        _notify("notify_company_task", request.pk, action)
    return request


def _reroute(request: AccompanimentRequest, *, declined_by) -> None:
    request.declined_by.add(declined_by)
    decision = route(Case.of(request), skip=tuple(request.declined_by.all()))
    request.partner, request.rule = decision.partner, decision.rule
    request.routing_reasons = [["declined", declined_by.name], *decision.reasons]
    request.status, request.taken_at, request.taken_by = Status.ROUTED, None, None
    request.routed_at, request.reminders_sent = timezone.now(), 0
    request.contact_by = workdays.add_working_days(timezone.localdate(), CONTACT_WITHIN_WORKING_DAYS)


def add_note(request: AccompanimentRequest, *, user, text: str) -> RequestEvent:
    """An internal note, for the request's partner; written by the holder of a part, for that partner
    only (see guichet.hand_over.timeline_for)."""
    acting = can_act(user, request)
    part = None if acting else part_held_by(user, request)
    if not acting and part is None:
        raise PermissionDenied
    if not text.strip():
        raise ValidationError(_("The note is empty."))
    partner = part.partner if part else request.partner
    return _event(request, EventKind.NOTE, actor=user, partner=partner, message=text.strip(), internal=True)


@transaction.atomic
def send_action_plan(request: AccompanimentRequest, *, user, items: list[dict], message: str = "") -> list:
    """Attach recommendations (funding schemes, trainings, providers) and e-mail them to the company."""
    if not can_act(user, request):
        raise PermissionDenied
    if not items:
        raise ValidationError(_("Choose at least one recommendation."))
    created = [ActionPlanItem.objects.create(request=request, added_by=user, **item) for item in items]
    titles = "\n".join(f"– {item.title}" for item in created)
    _event(
        request,
        EventKind.ACTION_PLAN,
        actor=user,
        partner=request.partner,
        message=f"{message}\n{titles}".strip(),
    )
    if request.email:
        _notify("notify_company_task", request.pk, "action_plan")
    return created


def record_satisfaction(request: AccompanimentRequest, *, rating: int, solved: bool) -> None:
    if request.status != Status.CLOSED:
        raise ValidationError(_("The survey opens when the request is closed."))
    request.satisfaction_rating, request.satisfaction_solved = rating, solved
    request.satisfaction_at = timezone.now()
    request.save(update_fields=["satisfaction_rating", "satisfaction_solved", "satisfaction_at"])


REMINDERS = [(3, "reminder"), (7, "reminder_ctm"), (10, "escalate")]


def send_reminders(today: datetime.date | None = None) -> dict:
    """Requests not taken in charge: a reminder after 3 working days, with the CTM in copy after 7,
    escalation to the CTM after 10 (the CTM becomes the partner). Each step happens once."""
    from guichet.models import Partner

    today = today or timezone.localdate()
    done = {"reminder": 0, "reminder_ctm": 0, "escalate": 0}
    waiting = AccompanimentRequest.objects.filter(status=Status.ROUTED, anonymised_at__isnull=True)
    ctm = Partner.objects.filter(kind="ctm").first()
    for request in waiting.select_related("partner"):
        elapsed = workdays.working_days_between(timezone.localdate(request.routed_at), today)
        step = sum(1 for days, _name in REMINDERS if elapsed >= days)  # thresholds passed: 0 to 3
        if step <= request.reminders_sent:
            continue
        name = REMINDERS[step - 1][1]
        with transaction.atomic():
            request.reminders_sent = step
            if name == "escalate" and ctm and request.partner_id != ctm.pk:
                previous = request.partner
                request.partner = ctm
                request.routing_reasons = [["escalated", previous.name], *request.routing_reasons]
                request.save(update_fields=["reminders_sent", "partner", "routing_reasons"])
                _event(request, EventKind.ESCALATED, partner=ctm, message=previous.name)
                _notify("notify_partner_task", request.pk, "escalated")
            else:  # a reminder (the CTM itself, past 10 days, gets the second reminder again)
                request.save(update_fields=["reminders_sent"])
                _event(request, EventKind.REMINDER, partner=request.partner, internal=True)
                _notify("notify_partner_task", request.pk, "reminder_ctm" if name == "escalate" else name)
        done[name] += 1
    return done


def anonymise_closed_requests(now=None) -> int:
    """Closed or withdrawn requests older than GUICHET_RETENTION_DAYS keep their statistics only."""
    now = now or timezone.now()
    limit = now - datetime.timedelta(days=settings.GUICHET_RETENTION_DAYS)
    old = AccompanimentRequest.objects.filter(
        status__in=[Status.CLOSED, Status.WITHDRAWN], closed_at__lt=limit, anonymised_at__isnull=True
    )
    count = 0
    for request in old:
        with transaction.atomic():
            _anonymise(request, now)
        count += 1
    return count


def _anonymise(request: AccompanimentRequest, now) -> None:
    request.siret = ""
    request.company_name = _("(anonymised)")
    request.description = ""
    request.contact_name = ""
    request.email = f"anonyme-{request.pk}@invalid"
    request.phone = ""
    request.mediator_organisation = ""
    request.level = ""
    request.training = None
    request.anonymised_at = now
    request.save()
    request.events.update(message="")
    request.action_plan.update(note="")
    request.check_ins.update(comment="")  # the answers stay for the statistics
    request.check_ins.filter(sent_at__isnull=True).delete()
    request.parts.update(message="")
    checklist.remove_files(request)


def delete_request(request: AccompanimentRequest) -> None:
    """The requester's right to erasure: the request and everything attached to it go (the checklist's
    files leave the disk on commit), its self-diagnosis too unless another request holds it."""
    diagnosis = request.diagnosis
    request.delete()
    if diagnosis is not None and not diagnosis.requests.exists():
        diagnosis.delete()


def send_tracking_link_again(reference: str, email: str) -> bool:
    """The private link, again, to the address given with the request; False when nothing matches
    (the visitor is told the same either way: the form must not reveal which requests exist)."""
    request = selectors.request_for_tracking(reference)
    if request is None or request.email.casefold() != email.strip().casefold():
        return False
    _notify("send_tracking_link_task", request.pk)
    return True
