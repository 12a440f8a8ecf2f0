"""The public side of the guichet: the request form (one topic per screen) and the tracking page."""

import functools
import json
import secrets

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from financements.selectors import live_scheme
from guichet import companies, selectors, services
from guichet.diagnosis.services import attached as attached_diagnosis
from guichet.enums import Goal, Need
from guichet.forms import (
    CONSENT_TEXT,
    CheckForm,
    CompanyForm,
    ContactForm,
    FindRequestForm,
    NeedsForm,
    ReplyForm,
    SatisfactionForm,
)
from guichet.notifications import tracking_url
from guichet.permissions import partners_of
from guichet.routing import explain
from guichet.schema_org import guichet_data
from guichet.workflow import allowed_actions
from portail.ratelimit import hit
from portail.schema_org import as_script_content
from portail.validators import siret_valid

DRAFT = "guichet_draft"
STEPS = [
    ("entreprise", CompanyForm, gettext_lazy("Your company")),
    ("besoins", NeedsForm, gettext_lazy("Your needs")),
    ("contact", ContactForm, gettext_lazy("How to reach you")),
    ("verifier", CheckForm, gettext_lazy("Check and send")),
]
STEP_NAMES = [name for name, _form, _title in STEPS]


def _is_mediator(request) -> bool:
    return bool(partners_of(request.user))


def _draft(request) -> dict:
    draft = request.session.get(DRAFT)
    if not draft:
        draft = {"key": secrets.token_urlsafe(24), "data": {}}
        request.session[DRAFT] = draft
    return draft


def _form(step: str, data=None, *, request):
    form_class = {name: form for name, form, _title in STEPS}[step]
    kwargs = {"mediator": _is_mediator(request)} if form_class is ContactForm else {}
    if form_class is CompanyForm:
        kwargs["register"] = request.session.get(DRAFT, {}).get("register")
    if step == "contact" and data is None:
        kwargs["initial"] = {"language": get_language(), "preferred_channel": "telephone"}
    return form_class(data, **kwargs)


def start_view(request):
    """The guichet's front page. Links from a funding scheme or a programme prefill the needs
    (`besoin`) and the description (`sujet`, the page's title); a scheme's link names the scheme
    (`dispositif`, a live scheme's page id, else ignored): the request gets its documents checklist."""
    needs = [need for need in request.GET.getlist("besoin") if need in Need.values]
    subject = request.GET.get("sujet", "").strip()[:200]
    if "dispositif" in request.GET:
        scheme = live_scheme(request.GET["dispositif"])
        _draft(request)["scheme"] = scheme.pk if scheme else None
        request.session.modified = True
    if needs or subject:
        saved = {"needs": needs}
        if subject:
            saved["description"] = [_("About: %(subject)s") % {"subject": subject}]
        _draft(request)["data"]["besoins"] = saved
        request.session.modified = True
    json_ld = as_script_content(guichet_data(url=request.build_absolute_uri(request.path)))
    return render(request, "guichet/start.html", {"steps": STEPS, "subject": subject, "json_ld": json_ld})


def step_view(request, step):
    """GET shows the step with what was typed before; POST keeps what is typed, even when invalid."""
    if step not in STEP_NAMES:
        raise Http404
    draft = _draft(request)
    index = STEP_NAMES.index(step)
    missing = next((name for name in STEP_NAMES[:index] if not _valid(request, draft, name)), None)
    if missing:
        return redirect("guichet:step", step=missing)
    if step == "verifier":
        return _check_step(request, draft)
    if request.method == "POST":
        data, found = _prefilled(request, draft) if step == "entreprise" else (request.POST, None)
        draft["data"][step] = {key: data.getlist(key) for key in data if key != "csrfmiddlewaretoken"}
        request.session.modified = True
        form = _form(step, data, request=request)
        if found is None and form.is_valid():
            return redirect("guichet:step", step=STEP_NAMES[index + 1])
    else:
        form = _form(step, _stored(draft, step), request=request)
        if not form.is_bound:  # e.g. the sector and commune of a self-diagnosis, not yet confirmed
            form.initial.update(draft.get("initial", {}).get(step, {}))
    return _render_step(request, step, form, register=_register_notice(draft, form) if index == 0 else None)


def _prefilled(request, draft):
    """A valid SIRET and empty company fields: the register fills them, and the step is shown again
    for the person to check (see guichet.companies). Otherwise the data as typed. Lookups are limited
    per visitor, so that the portal cannot be used to query the register in bulk."""
    data = request.POST
    siret = "".join(data.get("siret", "").split())
    complete = all(data.get(name, "").strip() for name in companies.PREFILLED)
    if complete or data.get("being_created") or not siret_valid(siret):
        return data, None
    if hit("guichet-siret", request, limit=settings.GUICHET_SIRET_LOOKUPS_PER_HOUR, window_seconds=3600):
        return data, None
    result = companies.prefill(data, siret)
    if result is None:
        return data, None
    filled, company = result
    draft["register"] = {
        "siret": siret,
        "category": company.category,
        "band": company.staff_band,
        "closed": company.closed,
    }
    return filled, company


def _register_notice(draft, form) -> dict | None:
    """What the register said, while the step shows the SIRET it was asked about."""
    register = draft.get("register")
    siret = "".join((form["siret"].value() or "").split())
    if not register or register["siret"] != siret:
        return None
    return {**register, "staff": _staff_text(companies.STAFF_BANDS.get(register["band"]))}


def _staff_text(staff_range) -> str:
    if staff_range is None:
        return ""
    low, high = staff_range
    if high == 0:
        return _("The register counts no employees.")
    if high is None:
        return _("The register counts %(low)s employees or more.") % {"low": low}
    return _("The register counts %(low)s to %(high)s employees.") % {"low": low, "high": high}


def _stored(draft, step):
    """The step's saved answers as form data (a QueryDict-like dict of lists), or None."""
    from django.http import QueryDict

    saved = draft["data"].get(step)
    if saved is None:
        return None
    data = QueryDict(mutable=True)
    for key, values in saved.items():
        data.setlist(key, values)
    return data


def _valid(request, draft, step) -> bool:
    data = _stored(draft, step)
    return data is not None and _form(step, data, request=request).is_valid()


def _render_step(request, step, form, **context):
    index = STEP_NAMES.index(step)
    return render(
        request,
        "guichet/step.html",
        {
            "form": form,
            "step": step,
            "steps": STEPS,
            "step_links": [(label, reverse("guichet:step", args=[name])) for name, _form, label in STEPS],
            "step_number": index + 1,
            "step_count": len(STEPS),
            "title": STEPS[index][2],
            "previous": STEP_NAMES[index - 1] if index else None,
            **context,
        },
        status=200,
    )


def _answers(request, draft) -> dict:
    cleaned = {}
    for name in STEP_NAMES[:-1]:
        form = _form(name, _stored(draft, name), request=request)
        form.is_valid()
        cleaned[name] = form
    return cleaned


def _check_step(request, draft):
    answers = _answers(request, draft)
    if request.method == "POST":
        form = CheckForm(request.POST, user=request.user)
        if hit("guichet-submit", request, limit=settings.GUICHET_SUBMISSIONS_PER_HOUR, window_seconds=3600):
            form.add_error(
                None, _("Too many requests from your connection in the last hour. Please try again later.")
            )
        if form.is_valid():
            data = {key: value for form in answers.values() for key, value in form.cleaned_data.items()}
            scheme = live_scheme(draft.get("scheme") or "")
            submission = services.Submission(language=data.pop("language"), scheme=scheme, **data)
            submission.diagnosis = attached_diagnosis(draft)
            filed_by = request.user if _is_mediator(request) and submission.mediator_organisation else None
            created, _new = services.submit_request(
                submission, submission_key=draft["key"], consent_text=str(CONSENT_TEXT), filed_by=filed_by
            )
            del request.session[DRAFT]
            return redirect(reverse("guichet:tracking", args=[created.tracking_token]) + "?envoyee=1")
    else:
        form = CheckForm(user=request.user)
    review = [
        (STEPS[STEP_NAMES.index(name)][2], reverse("guichet:step", args=[name]), answer_form)
        for name, answer_form in answers.items()
    ]
    return _render_step(request, "verifier", form, review=review, diagnosis=attached_diagnosis(draft))


FIND_ATTEMPTS_PER_HOUR = 10


def find_request_view(request):
    """Lost link: the same answer whether or not the request exists (no way to probe references)."""
    form = FindRequestForm(request.POST or None)
    if request.method == "POST":
        if hit("guichet-find", request, limit=FIND_ATTEMPTS_PER_HOUR, window_seconds=3600):
            form.add_error(
                None, _("Too many requests from your connection in the last hour. Please try again later.")
            )
        if form.is_valid():
            services.send_tracking_link_again(form.cleaned_data["reference"], form.cleaned_data["email"])
            return render(request, "guichet/find.html", {"form": None, "sent_to": form.cleaned_data["email"]})
    return render(request, "guichet/find.html", {"form": form})


def tracked_request(view):
    """Pass the request the token opens. A forged token is not found; a genuine one whose request was
    deleted, anonymised or closed for longer than the retention period says the link has expired."""

    @functools.wraps(view)
    def wrapper(request, token, *args, **kwargs):
        reference = selectors.reference_from_token(token)
        if reference is None:
            raise Http404
        tracked = selectors.request_for_tracking(reference)
        if tracked is None:
            context = {"retention_days": settings.GUICHET_RETENTION_DAYS}
            return render(request, "guichet/link_expired.html", context, status=410)
        return view(request, tracked, token, *args, **kwargs)

    return never_cache(wrapper)  # a company's own request: never kept by any cache


@tracked_request
def tracking_view(request, tracked, token):
    return render(
        request,
        "guichet/tracking.html",
        {
            "tracked": tracked,
            "token": token,
            "explanation": explain(tracked.routing_reasons),
            "timeline": selectors.public_timeline(tracked),
            "actions": allowed_actions(tracked.status, "company"),
            "reply_form": ReplyForm(),
            "satisfaction_form": SatisfactionForm(),
            "just_sent": request.GET.get("envoyee") == "1",
            "private_link": tracking_url(tracked),
            "find_url": reverse("guichet:find"),
            "phone_to_call": selectors.phone_to_call(tracked),
            "goal_labels": [Goal(goal).label for goal in tracked.goals],
        },
    )


@require_POST
@tracked_request
def tracking_action_view(request, tracked, token, action):
    """The company answers, withdraws, rates the help, or deletes its request."""
    url = reverse("guichet:tracking", args=[token])
    if action == "supprimer":
        if request.POST.get("confirm") != "1":
            messages.error(request, _("Tick the box to confirm the deletion."))
            return redirect(url)
        services.delete_request(tracked)
        return render(request, "guichet/deleted.html")
    if action == "avis":
        form = SatisfactionForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Answer both questions, please."))
            return redirect(url)
        try:
            services.record_satisfaction(tracked, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Thank you for your answers."))
        return redirect(url)
    if action not in ("reply", "withdraw"):
        raise Http404
    form = ReplyForm(request.POST) if action == "reply" else None
    if form is not None and not form.is_valid():
        messages.error(request, _("Write your message first."))
        return redirect(url)
    try:
        services.transition(tracked, action, message=form.cleaned_data["message"] if form else "")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Done. The partner has been told."))
    return redirect(url)


@tracked_request
def tracking_export_view(request, tracked, token):
    """Everything the portal holds about the request, as JSON (right of access)."""
    response = HttpResponse(
        json.dumps(selectors.export_request(tracked), ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{tracked.reference}.json"'
    return response
