"""Follow-up after closure: what was planned, then short check-ins by e-mail at +3 and +6 months.

A check-in is created at closure (only when something was planned), sent once by the daily job
(claimed by a conditional UPDATE), never to a request withdrawn, deleted, anonymised or without
e-mail. Its one-click link is signed (salt, max age) and carries the check-in's id.
"""

import calendar
import datetime

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from guichet import notifications, services
from guichet.enums import EventKind, Outcome, Status
from guichet.models import AccompanimentRequest, CheckIn, PlannedItem, RequestEvent

CHECK_IN_MONTHS = (3, 6)
CHECK_IN_SALT = "guichet.check-in"
CHECK_IN_LINK_DAYS = 60
# Outcomes after which something can have been planned (not "could not be reached", "no longer needed")
PLANNING_OUTCOMES = (Outcome.ACCOMPANIED, Outcome.REDIRECTED)


@transaction.atomic
def close(
    request: AccompanimentRequest, *, user, outcome: str, message: str = "", plan_items=(), other_kinds=()
):
    """Close the request and record what was actually planned: items of its action plan (ticked by
    the adviser) and kinds of steps outside it. Something planned schedules the check-ins."""
    planned = list(plan_items) + list(other_kinds)
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose the outcome."))
    if planned and outcome not in PLANNING_OUTCOMES:
        raise ValidationError(
            _("Nothing can have been planned with this outcome: untick the planned steps or change it.")
        )
    if any(item.request_id != request.pk for item in plan_items):
        raise ValidationError(_("Choose steps of this request's action plan."))
    request = services.transition(request, "close", user=user, message=message, outcome=outcome)
    request.planned.all().delete()  # a request closed again: what is planned now replaces the rest
    PlannedItem.objects.bulk_create(
        [
            PlannedItem(request=request, kind=item.kind, title=item.title, plan_item=item)
            for item in plan_items
        ]
        + [PlannedItem(request=request, kind=kind) for kind in other_kinds]
    )
    if planned:
        closed_on = timezone.localdate(request.closed_at)
        for months in CHECK_IN_MONTHS:  # one already sent (closed, reopened, closed again) is kept
            CheckIn.objects.get_or_create(
                request=request, months=months, defaults={"due_on": add_months(closed_on, months)}
            )
    return request


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, or the month's last day (31 August + 3 months: 30 November)."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def due_check_ins(today: datetime.date):
    return CheckIn.objects.filter(
        sent_at__isnull=True,
        due_on__lte=today,
        request__status=Status.CLOSED,
        request__anonymised_at__isnull=True,
    ).exclude(request__email="")


def send_check_ins(today: datetime.date | None = None) -> int:
    """The daily job: each check-in due is claimed (sent_at set only if still empty), then its e-mail
    is stored in the outbox in the same transaction, so it goes out once or not at all."""
    today = today or timezone.localdate()
    sent = 0
    for check_in in due_check_ins(today).select_related("request__partner").order_by("due_on", "pk"):
        with transaction.atomic():
            claimed = CheckIn.objects.filter(pk=check_in.pk, sent_at__isnull=True).update(
                sent_at=timezone.now()
            )
            if not claimed:  # another worker took it
                continue
            notifications.send_check_in(check_in, answer_url(check_in))
            RequestEvent.objects.create(
                request=check_in.request, kind=EventKind.CHECK_IN_SENT, message=_months(check_in)
            )
        sent += 1
    return sent


def _months(check_in: CheckIn) -> str:
    return _("%(months)s months after closure") % {"months": check_in.months}


def token(check_in: CheckIn) -> str:
    return signing.dumps(check_in.pk, salt=CHECK_IN_SALT)


def answer_url(check_in: CheckIn) -> str:
    with translation.override(check_in.request.language):
        return settings.SITE_URL + reverse("guichet:check_in", args=[token(check_in)])


def check_in_from_token(value: str) -> tuple[CheckIn | None, str]:
    """(check-in, "") or (None, "forged" | "expired"): a link older than CHECK_IN_LINK_DAYS, or whose
    request was deleted, anonymised or reopened, has expired."""
    try:
        pk = signing.loads(value, salt=CHECK_IN_SALT, max_age=datetime.timedelta(days=CHECK_IN_LINK_DAYS))
    except signing.SignatureExpired:
        return None, "expired"
    except signing.BadSignature:
        return None, "forged"
    check_in = (
        CheckIn.objects.select_related("request__partner")
        .filter(pk=pk, sent_at__isnull=False, request__anonymised_at__isnull=True)
        .first()
    )
    return (check_in, "") if check_in else (None, "expired")


def record_answer(check_in: CheckIn, *, applied, obtained, delivered, rating, comment="") -> bool:
    """Store the answers; True the first time. A second submission corrects the answers without
    a second line in the timeline."""
    with transaction.atomic():
        first = CheckIn.objects.filter(pk=check_in.pk, answered_at__isnull=True).update(
            answered_at=timezone.now()
        )
        check_in.applied, check_in.obtained, check_in.delivered = applied, obtained, delivered
        check_in.rating, check_in.comment = rating, comment.strip()
        check_in.save(update_fields=["applied", "obtained", "delivered", "rating", "comment"])
        if first:
            RequestEvent.objects.create(
                request=check_in.request, kind=EventKind.CHECK_IN_ANSWERED, message=_months(check_in)
            )
    check_in.refresh_from_db(fields=["answered_at"])
    return bool(first)
