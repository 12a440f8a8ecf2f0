"""The request for individuals, one topic per screen: filed by the person (public, with a captcha), or
by a mediator for them (partner space, two-factor authentication, the person's consent recorded).

Like the company form: every POST keeps what was typed in the session, even when invalid, then
redirects; jumping ahead goes to the first incomplete step; the session's key makes a double
submit one request.
"""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from guichet import selectors, services
from guichet.enums import ContactChannel, Goal
from guichet.permissions import partners_of
from guichet.person_forms import (
    MEDIATOR_CONSENT_TEXT,
    PERSON_CONSENT_TEXT,
    PRIVACY_NOTE,
    MediatorConsentForm,
    PersonCheckForm,
    PersonContactForm,
    PersonForm,
    ProjectForm,
)
from portail.ratelimit import hit

ABOUT_YOU = ("vous", PersonForm, gettext_lazy("About you"))
WISH = ("projet", ProjectForm, gettext_lazy("Your wish"))
CONTACT = ("contact", PersonContactForm, gettext_lazy("How to reach you"))


@dataclass(frozen=True)
class Flow:
    draft_key: str
    steps: tuple
    step_url: str  # the URL name of a step, taking `step`
    start_url: str
    mediator: bool

    @property
    def names(self) -> list[str]:
        return [name for name, _form, _title in self.steps]


PERSON = Flow(
    "guichet_person_draft",
    (ABOUT_YOU, WISH, CONTACT, ("verifier", PersonCheckForm, gettext_lazy("Check and send"))),
    "guichet:person_step",
    "guichet:person_start",
    mediator=False,
)
MEDIATION = Flow(
    "guichet_mediation_draft",
    (ABOUT_YOU, WISH, CONTACT, ("accord", MediatorConsentForm, gettext_lazy("Consent and receipt"))),
    "guichet_partner:mediation_step",
    "guichet_partner:mediation",
    mediator=True,
)


def _draft(request, flow: Flow) -> dict:
    draft = request.session.get(flow.draft_key)
    if not draft:
        draft = {"key": secrets.token_urlsafe(24), "data": {}, "training": None}
        request.session[flow.draft_key] = draft
    return draft


def _stored(draft, step) -> QueryDict | None:
    saved = draft["data"].get(step)
    if saved is None:
        return None
    data = QueryDict(mutable=True)
    for key, values in saved.items():
        data.setlist(key, values)
    return data


def _form(flow: Flow, step: str, data, *, request, draft):
    form_class = {name: form for name, form, _title in flow.steps}[step]
    kwargs = {}
    if form_class is PersonContactForm and data is None:
        kwargs["initial"] = {"language": get_language(), "preferred_channel": ContactChannel.PHONE}
    if form_class is PersonCheckForm:
        kwargs["user"] = request.user
    if form_class is MediatorConsentForm:
        contact = _form(flow, "contact", _stored(draft, "contact"), request=request, draft=draft)
        kwargs["contact"] = contact.cleaned_data if contact.is_valid() else {}
        now = timezone.localtime()
        organisations = ", ".join(partner.name for partner in partners_of(request.user))
        kwargs["initial"] = {
            "consent_date": now.date(),
            "consent_time": now.time().replace(second=0, microsecond=0),
            "mediator_organisation": organisations,
        }
    return form_class(data, **kwargs)


def _valid(flow, request, draft, step) -> bool:
    data = _stored(draft, step)
    return data is not None and _form(flow, step, data, request=request, draft=draft).is_valid()


def start_view(request):
    """The start page for individuals. `?formation=<programme page id>` (a programme's "Ask for
    advice") prefills the wish "find a training" and names the programme."""
    programme = selectors.programme_for_request(request.GET.get("formation", ""))
    if programme:
        draft = _draft(request, PERSON)
        draft["training"] = programme.pk
        draft["data"]["projet"] = {
            "goals": [Goal.TRAIN],
            "description": [_("About the programme: %(title)s") % {"title": programme.title}],
        }
        request.session.modified = True
    context = {"steps": PERSON.steps, "programme": programme, "privacy_note": PRIVACY_NOTE}
    return render(request, "guichet/person/start.html", context)


def step_view(request, step, flow: Flow = PERSON):
    """GET shows the step with what was typed before; POST keeps what is typed, even when invalid."""
    if step not in flow.names:
        raise Http404
    draft = _draft(request, flow)
    index = flow.names.index(step)
    missing = next((name for name in flow.names[:index] if not _valid(flow, request, draft, name)), None)
    if missing:
        return redirect(flow.step_url, step=missing)
    if index == len(flow.names) - 1:
        return _last_step(request, flow, draft)
    if request.method == "POST":
        draft["data"][step] = {
            key: request.POST.getlist(key) for key in request.POST if key != "csrfmiddlewaretoken"
        }
        request.session.modified = True
        form = _form(flow, step, request.POST, request=request, draft=draft)
        if form.is_valid():
            return redirect(flow.step_url, step=flow.names[index + 1])
    else:
        form = _form(flow, step, _stored(draft, step), request=request, draft=draft)
    return _render_step(request, flow, step, form, draft)


def _render_step(request, flow, step, form, draft, **context):
    index = flow.names.index(step)
    steps = [(name, reverse(flow.step_url, args=[name]), title) for name, _form, title in flow.steps]
    answers = context.pop("answers", {})
    return render(
        request,
        "guichet/person/step.html",
        {
            "form": form,
            "step": step,
            "steps": steps,
            "step_links": [(title, url) for _name, url, title in steps],
            "review": [(title, url, answers[name]) for name, url, title in steps if name in answers],
            "step_number": index + 1,
            "step_count": len(flow.steps),
            "title": flow.steps[index][2],
            "previous": steps[index - 1][1] if index else None,
            "last": index == len(flow.steps) - 1,
            "mediator": flow.mediator,
            "programme": selectors.programme_for_request(draft.get("training") or ""),
            "privacy_note": PRIVACY_NOTE,
            **context,
        },
    )


def _answers(request, flow, draft) -> dict:
    answers = {}
    for name in flow.names[:-1]:
        form = _form(flow, name, _stored(draft, name), request=request, draft=draft)
        form.is_valid()
        answers[name] = form
    return answers


def _last_step(request, flow: Flow, draft):
    step = flow.names[-1]
    answers = _answers(request, flow, draft)
    if request.method != "POST":
        form = _form(flow, step, None, request=request, draft=draft)
        return _render_step(request, flow, step, form, draft, answers=answers)
    form = _form(flow, step, request.POST, request=request, draft=draft)
    if not flow.mediator and hit(
        "guichet-submit", request, limit=settings.GUICHET_SUBMISSIONS_PER_HOUR, window_seconds=3600
    ):
        form.add_error(
            None, _("Too many requests from your connection in the last hour. Please try again later.")
        )
    if not form.is_valid():
        return _render_step(request, flow, step, form, draft, answers=answers)
    data = {key: value for answer in answers.values() for key, value in answer.cleaned_data.items()}
    extra = {"training": selectors.programme_for_request(draft.get("training") or "")}
    if flow.mediator:
        final = form.cleaned_data
        extra |= {key: final[key] for key in ("consent_method", "consent_at", "receipt_channel")}
        extra["mediator_organisation"] = final["mediator_organisation"]
    created, _new = services.submit_request(
        services.PersonSubmission(**data, **extra),
        submission_key=draft["key"],
        consent_text=str(MEDIATOR_CONSENT_TEXT if flow.mediator else PERSON_CONSENT_TEXT),
        filed_by=request.user if flow.mediator else None,
    )
    del request.session[flow.draft_key]
    if flow.mediator:
        return redirect("guichet_partner:mediation_receipt", reference=created.reference)
    return redirect(reverse("guichet:tracking", args=[created.tracking_token]) + "?envoyee=1")
