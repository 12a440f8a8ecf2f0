"""Hand-over: a partner passes some needs of a request to another partner. The file and its timeline
stay one; the receiving partner takes its part in charge and closes it; each partner's internal
notes stay its own."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from guichet.enums import EventKind, Need, Outcome, Status
from guichet.models import AccompanimentRequest, Partner, RequestEvent, RequestPart
from guichet.permissions import can_act, can_act_on_part, is_supervisor, partners_of
from portail import jobs


def needs_text(needs) -> str:
    return ", ".join(str(Need(need).label) for need in needs)


@transaction.atomic
def hand_over(request: AccompanimentRequest, *, user, partner: Partner, needs: list, message: str = ""):
    """Only the request's partner (or the CTM) hands over, to another partner, needs of the request."""
    if not can_act(user, request):
        raise PermissionDenied
    if not request.is_open:
        raise ValidationError(_("Only an open request can be handed over."))
    if partner.pk == request.partner_id:
        raise ValidationError(_("Choose another partner than the one in charge of the request."))
    if not needs or not set(needs) <= set(request.needs):
        raise ValidationError(_("Choose at least one of the request's needs."))
    if request.parts.filter(partner=partner).exists():
        raise ValidationError(_("%(partner)s already holds a part of this request.") % {"partner": partner})
    part = RequestPart.objects.create(
        request=request,
        partner=partner,
        needs=list(needs),
        message=message.strip(),
        handed_over_by=user,
        handed_over_from=request.partner,
    )
    RequestEvent.objects.create(
        request=request, kind=EventKind.HANDED_OVER, actor=user, partner=partner, message=needs_text(needs)
    )
    jobs.enqueue("guichet.tasks.notify_partner_task", request.pk, "handed_over", partner.pk)
    return part


@transaction.atomic
def act_on_part(part: RequestPart, action: str, *, user, outcome: str = "", message: str = "") -> RequestPart:
    """ "take" (received → taken in charge) or "close" (with an outcome), by the part's partner."""
    part = RequestPart.objects.select_for_update().get(pk=part.pk)
    if not can_act_on_part(user, part):
        raise PermissionDenied
    if action == "take" and part.status == Status.ROUTED:
        part.status, part.taken_at, kind = Status.IN_PROGRESS, timezone.now(), EventKind.PART_TAKEN
    elif action == "close" and part.status in (Status.ROUTED, Status.IN_PROGRESS):
        if outcome not in Outcome.values:
            raise ValidationError(_("Choose the outcome."))
        part.status, part.outcome, part.closed_at = Status.CLOSED, outcome, timezone.now()
        kind = EventKind.PART_CLOSED
    else:
        raise ValidationError(_("This is not possible for this part now."))
    part.save()
    RequestEvent.objects.create(
        request=part.request,
        kind=kind,
        actor=user,
        partner=part.partner,
        message=message.strip() or ", ".join(part.need_labels),
        to_status=part.status,
    )
    return part


def timeline_for(request: AccompanimentRequest, user):
    """Public events are shared; an internal note belongs to the side that wrote it. The CTM sees
    all; the request's partner sees every note but those of the partners holding a part (it keeps the
    file's notes when the request is rerouted to it); a part's partner sees its own notes only."""
    events = request.events.select_related("actor", "partner")
    if is_supervisor(user):
        return events
    mine = [partner.pk for partner in partners_of(user)]
    if request.partner_id in mine:
        others = request.parts.exclude(partner__in=mine).values("partner")
        return events.exclude(Q(internal=True) & Q(partner__in=others))
    return events.filter(Q(internal=False) | Q(partner__in=mine))


def export(request: AccompanimentRequest) -> list[dict]:
    return [
        {
            "partner": part.partner.name,
            "needs": part.needs,
            "status": part.status,
            "outcome": part.outcome,
            "handed_over_at": part.at,
            "closed_at": part.closed_at,
        }
        for part in request.parts.select_related("partner")
    ]
