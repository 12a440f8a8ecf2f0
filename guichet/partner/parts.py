"""The partner space's hand-over: hand some needs over to another partner; the part's actions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from guichet import hand_over
from guichet.follow_up_forms import HandOverForm, PartCloseForm
from guichet.models import RequestPart
from guichet.partner.views import _visible, partner_member_required
from guichet.permissions import can_act_on_part


@require_POST
@partner_member_required
def hand_over_view(request, reference):
    item = _visible(request, reference)
    form = HandOverForm(request.POST, request=item, prefix="hand-over")
    if not form.is_valid():
        messages.error(request, _("Check the hand-over: %(errors)s") % {"errors": form.errors.as_text()})
        return redirect("guichet_partner:detail", reference=reference)
    try:
        part = hand_over.hand_over(item, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Handed over to %(partner)s, who has been told.") % {"partner": part.partner.name}
        )
    return redirect("guichet_partner:detail", reference=reference)


@require_POST
@partner_member_required
def part_action_view(request, reference, part_id, action):
    item = _visible(request, reference)
    part = get_object_or_404(RequestPart, pk=part_id, request=item)
    if not can_act_on_part(request.user, part):
        raise PermissionDenied
    form = PartCloseForm(request.POST, prefix=f"part-{part.pk}")
    if action not in ("take", "close") or (action == "close" and not form.is_valid()):
        messages.error(request, _("Choose the outcome of your part."))
        return redirect("guichet_partner:detail", reference=reference)
    data = form.cleaned_data if action == "close" else {}
    try:
        hand_over.act_on_part(part, action, user=request.user, **data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Done. The timeline has been updated."))
    return redirect("guichet_partner:detail", reference=reference)
