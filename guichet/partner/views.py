"""The partner space: each partner's advisers see and handle their organisation's requests only."""

import datetime
import itertools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from guichet import follow_up, services
from guichet.enums import Goal, Need, Status
from guichet.follow_up_forms import PlannedForm
from guichet.forms import ActionPlanForm, NoteForm, PartnerFilterForm, TransitionForm
from guichet.partner.blocks import detail_context
from guichet.permissions import can_act, is_supervisor, partners_of, visible_requests
from guichet.routing import explain
from guichet.workflow import allowed_actions
from portail.spreadsheet import csv_response

PER_PAGE = 25


def partner_member_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not partners_of(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _filtered(request, form):
    requests = visible_requests(request.user).select_related("partner", "commune")
    if not form.is_valid():
        return requests.order_by("-created_at")
    data = form.cleaned_data
    if data["statut"] == "open":
        requests = requests.filter(status__in=[Status.ROUTED, Status.IN_PROGRESS, Status.WAITING])
    elif data["statut"]:
        requests = requests.filter(status=data["statut"])
    if data["besoin"]:
        requests = requests.filter(needs__icontains=data["besoin"])
    if data["commune"]:
        requests = requests.filter(commune=data["commune"])
    now = timezone.now()
    if data["age"] in ("7", "30"):
        requests = requests.filter(created_at__gte=now - datetime.timedelta(days=int(data["age"])))
    elif data["age"] == "older":
        requests = requests.filter(created_at__lt=now - datetime.timedelta(days=30))
    order = {"oldest": ["created_at"], "commune": ["commune__name", "-created_at"]}.get(
        data["tri"], ["-created_at"]
    )
    return requests.order_by(*order)


@partner_member_required
def list_view(request):
    form = PartnerFilterForm(request.GET or None)
    requests = _filtered(request, form)
    if request.GET.get("format") == "csv":
        return _csv(requests)
    listing = Paginator(requests, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "guichet/partner/list.html",
        {
            "form": form,
            "listing": listing,
            "partners": partners_of(request.user),
            "supervisor": is_supervisor(request.user),
        },
    )


CSV_COLUMNS = [
    (_lazy("Reference"), lambda item: item.reference),
    (_lazy("Received at"), lambda item: _local(item.created_at)),
    (_lazy("Status"), lambda item: item.get_status_display()),
    (_lazy("Partner"), lambda item: item.partner.name),
    (_lazy("Kind"), lambda item: item.get_kind_display()),
    (_lazy("Company"), lambda item: item.company_name),
    (_lazy("SIRET"), lambda item: item.siret),
    (_lazy("Sector"), lambda item: item.get_sector_display()),
    (_lazy("Staff"), lambda item: item.headcount),
    (_lazy("Commune"), lambda item: item.commune.name),
    (_lazy("Needs"), lambda item: ", ".join(item.needs)),
    (_lazy("Situation"), lambda item: item.get_person_status_display()),
    (_lazy("Age"), lambda item: item.get_age_band_display()),
    (_lazy("Wishes"), lambda item: ", ".join(item.goals)),
    (_lazy("Contact"), lambda item: item.contact_name),
    (_lazy("E-mail"), lambda item: item.email),
    (_lazy("Phone"), lambda item: item.phone),
    (_lazy("Taken in charge at"), lambda item: _local(item.taken_at)),
]


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def _csv(requests):
    rows = ([value(item) for _title, value in CSV_COLUMNS] for item in requests.iterator(chunk_size=500))
    header = [str(title) for title, _value in CSV_COLUMNS]
    return csv_response(itertools.chain([header], rows), f"demandes-{timezone.localdate():%Y-%m-%d}.csv")


def _visible(request, reference):
    found = visible_requests(request.user).select_related(
        "partner", "commune__epci", "taken_by", "filed_by", "training"
    )
    item = found.filter(reference=reference).first()
    if item is None:  # another partner's request is not found rather than forbidden: nothing leaks
        raise Http404
    return item


@partner_member_required
def detail_view(request, reference):
    item = _visible(request, reference)
    return render(
        request,
        "guichet/partner/detail.html",
        {
            "item": item,
            "explanation": explain(item.routing_reasons),
            "actions": allowed_actions(item.status, "partner") if can_act(request.user, item) else [],
            "transition_form": TransitionForm(),
            "note_form": NoteForm(),
            "plan_form": ActionPlanForm(),
            "action_plan": item.action_plan.all(),
            "needs_labels": [Need(need).label for need in item.needs],
            "goal_labels": [Goal(goal).label for goal in item.goals],
            **detail_context(item, request.user),  # follow-up, parts, the timeline this user may see
        },
    )


@require_POST
@partner_member_required
def action_view(request, reference, action):
    item = _visible(request, reference)
    if action == "note":
        form = NoteForm(request.POST)
        if form.is_valid():
            services.add_note(item, user=request.user, text=form.cleaned_data["text"])
            messages.success(request, _("Note added."))
        else:
            messages.error(request, _("The note is empty."))
    elif action == "plan":
        form = ActionPlanForm(request.POST)
        if form.is_valid():
            try:
                services.send_action_plan(
                    item, user=request.user, items=form.items(), message=form.cleaned_data["note"]
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("The action plan has been sent to the company."))
        else:
            messages.error(
                request, _("Check the action plan: %(errors)s") % {"errors": form.errors.as_text()}
            )
    else:
        form = TransitionForm(request.POST)
        if action not in allowed_actions(item.status, "partner") or not form.is_valid():
            messages.error(request, _("This is not possible for this request now."))
            return redirect("guichet_partner:detail", reference=reference)
        data = {"user": request.user, "message": form.cleaned_data["message"]}
        try:
            if action == "close":  # with what was planned: the follow-up's check-ins
                planned = PlannedForm(request.POST, request=item)
                if not planned.is_valid():
                    raise ValidationError(_("Choose steps of this request's action plan."))
                follow_up.close(item, outcome=form.cleaned_data["outcome"], **data, **planned.cleaned_data)
            else:
                services.transition(item, action, outcome=form.cleaned_data["outcome"], **data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Done. The timeline and the company have been updated."))
            if action == "decline" and not is_supervisor(request.user):
                return redirect("guichet_partner:list")  # it is another partner's request now
    return redirect("guichet_partner:detail", reference=reference)
