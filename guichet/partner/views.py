"""The partner space: each partner's advisers see and handle their organisation's requests only."""

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
from guichet.enums import Goal, Need
from guichet.follow_up_forms import PlannedForm
from guichet.forms import ActionPlanForm, NoteForm, PartnerFilterForm, TransitionForm
from guichet.partner import picker
from guichet.partner.blocks import detail_context
from guichet.partner.listing import is_overdue, listed_requests, need_labels
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


@partner_member_required
def list_view(request):
    supervisor = is_supervisor(request.user)
    form = PartnerFilterForm(request.GET or None, supervisor=supervisor)
    requests = listed_requests(request.user, form.cleaned_data if form.is_valid() else None)
    if request.GET.get("format") == "csv":
        return _csv(requests)
    listing = Paginator(requests, PER_PAGE).get_page(request.GET.get("page"))
    for item in listing:
        item.need_labels = need_labels(item)
    return render(
        request,
        "guichet/partner/list.html",
        {
            "form": form,
            "listing": listing,
            "partners": partners_of(request.user),
            "supervisor": supervisor,
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
    (_lazy("Contact promised by"), lambda item: item.contact_by.isoformat()),
    (_lazy("Overdue"), lambda item: _("Yes") if item.is_overdue else ""),
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
    return _detail(request, item, ActionPlanForm(), request.GET.get("plan_q", ""))


def _detail(request, item, plan_form, plan_query: str, chosen=None, status: int = 200):
    """The request's page; the action plan's picker lists what is ticked and what matches `plan_query`."""
    may_act = can_act(request.user, item)  # a partner holding only a handed-over part acts on its part
    return render(
        request,
        "guichet/partner/detail.html",
        {
            "item": item,
            "explanation": explain(item.routing_reasons),
            "may_act": may_act,
            "actions": allowed_actions(item.status, "partner") if may_act else [],
            "transition_form": TransitionForm(),
            "note_form": NoteForm(),
            "plan_form": plan_form,
            "plan_query": plan_query,
            "plan_groups": picker.picker_groups(plan_query, chosen or {}),
            "plan_min_query": picker.MIN_QUERY,
            "overdue": is_overdue(item),
            "action_plan": item.action_plan.all(),
            "needs_labels": [Need(need).label for need in item.needs],
            "goal_labels": [Goal(goal).label for goal in item.goals],
            **detail_context(item, request.user),  # follow-up, parts, the timeline this user may see
        },
        status=status,
    )


def _plan(request, item):
    """The picker's form: "Search" shows the page again with what is ticked and typed kept; "Send"
    sends the plan, or shows the page again with the errors."""
    query, chosen = request.POST.get("plan_q", ""), picker.chosen_ids(request.POST)
    if "search" in request.POST:  # not checked yet: what is typed comes back as it was
        typed = {name: request.POST.get(name, "") for name in ("other_title", "other_url", "note")}
        return _detail(request, item, ActionPlanForm(initial=typed), query, chosen)
    form = ActionPlanForm(request.POST)
    if not form.is_valid():
        return _detail(request, item, form, query, chosen, status=400)
    try:
        services.send_action_plan(
            item, user=request.user, items=form.items(), message=form.cleaned_data["note"]
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _detail(request, item, form, query, chosen, status=400)
    messages.success(request, _("The action plan has been sent to the company."))
    return redirect("guichet_partner:detail", reference=item.reference)


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
        return _plan(request, item)
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
