"""The self-diagnosis: one question per screen, answers kept in the session (no account), the result
with a suggested plan, and "ask an adviser", which starts a guichet request with the diagnosis."""

from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from guichet import views as request_views
from guichet.diagnosis import services
from guichet.diagnosis.forms import CompanyForm, QuestionForm
from guichet.diagnosis.plan import suggested_plan
from guichet.diagnosis.questions import QUESTIONS
from guichet.models import Diagnosis
from portail.ratelimit import hit

SESSION_KEY = "guichet_diagnosis"
COMPANY_STEP = "entreprise"
STEP_NAMES = [question.key for question in QUESTIONS] + [COMPANY_STEP]
COMPANY_TITLE = gettext_lazy("Your company")
DIAGNOSES_PER_HOUR = 20  # new results per visitor's address: the statistics count them


def _draft(request) -> dict:
    return request.session.setdefault(SESSION_KEY, {"answers": {}, "company": None, "result": None})


def _form(step, data=None):
    if step == COMPANY_STEP:
        return CompanyForm(data)
    return QuestionForm(data, question_key=step)


def _saved(draft, step) -> QueryDict | None:
    """What was answered on a screen, as form data; None if it was not answered yet."""
    data = QueryDict(mutable=True)
    if step == COMPANY_STEP:
        if draft["company"] is None:
            return None
        data.update(draft["company"])
    elif step in draft["answers"]:
        data["answer"] = draft["answers"][step]
    else:
        return None
    return data


def _answered(draft, step) -> bool:
    data = _saved(draft, step)
    return data is not None and _form(step, data).is_valid()


def start_view(request):
    """The introduction; a diagnosis under way continues at its first unanswered question."""
    draft = request.session.get(SESSION_KEY)
    in_progress = bool(draft and draft["answers"])
    resume = STEP_NAMES[0]
    if in_progress:
        resume = next((name for name in STEP_NAMES if not _answered(draft, name)), COMPANY_STEP)
    return render(
        request,
        "guichet/diagnosis/start.html",
        {"question_count": len(QUESTIONS), "in_progress": in_progress, "resume": resume},
    )


def step_view(request, step):
    """A question. Skipping ahead leads to the first unanswered one; an invalid answer keeps the page."""
    if step not in STEP_NAMES:
        raise Http404
    draft = _draft(request)
    index = STEP_NAMES.index(step)
    missing = next((name for name in STEP_NAMES[:index] if not _answered(draft, name)), None)
    if missing:
        return redirect("guichet:diagnosis_step", step=missing)
    if request.method == "POST":
        form = _form(step, request.POST)
        if form.is_valid():
            _store(request, draft, step, form)
            if step != COMPANY_STEP:
                return redirect("guichet:diagnosis_step", step=STEP_NAMES[index + 1])
            if draft["result"] is None and hit(
                "guichet-diagnosis", request, limit=DIAGNOSES_PER_HOUR, window_seconds=3600
            ):
                form.add_error(
                    None,
                    _("Too many requests from your connection in the last hour. Please try again later."),
                )
            else:
                diagnosis = services.finish(draft)
                request.session.modified = True
                return redirect("guichet:diagnosis_result", token=diagnosis.token)
    else:
        form = _form(step, _saved(draft, step))
    return render(
        request,
        "guichet/diagnosis/question.html",
        {
            "form": form,
            "step": step,
            "number": index + 1,
            "count": len(STEP_NAMES),
            "title": COMPANY_TITLE if step == COMPANY_STEP else form.fields["answer"].label,
            "previous": STEP_NAMES[index - 1] if index else None,
            "last": step == COMPANY_STEP,
        },
    )


def _store(request, draft, step, form):
    """Keep the answer; a changed answer means the next result is a new diagnosis."""
    if step == COMPANY_STEP:
        value = {"sector": form.data.get("sector", ""), "commune": form.data.get("commune", "").strip()}
        changed = value != draft["company"]
        draft["company"] = value
    else:
        value = form.cleaned_data["answer"]
        changed = draft["answers"].get(step) != value
        draft["answers"][step] = value
    if changed:
        draft["result"] = None
    request.session.modified = True


@require_POST
def restart_view(request):
    request.session.pop(SESSION_KEY, None)
    return redirect("guichet:diagnosis_step", step=STEP_NAMES[0])


def result_view(request, token):
    diagnosis = get_object_or_404(Diagnosis.objects.select_related("commune__epci"), token=token)
    return render(
        request,
        "guichet/diagnosis/result.html",
        {"diagnosis": diagnosis, "rows": diagnosis.rows(), "plan": suggested_plan(diagnosis)},
    )


@require_POST
def ask_adviser_view(request, token):
    """Start a guichet request from the diagnosis: needs of the weak dimensions, sector and commune."""
    diagnosis = get_object_or_404(Diagnosis.objects.select_related("commune"), token=token)
    draft = request_views._draft(request)
    draft["data"]["besoins"] = services.needs_answers(diagnosis)
    company = {"sector": diagnosis.sector, "commune": diagnosis.commune.name if diagnosis.commune else ""}
    draft.setdefault("initial", {})["entreprise"] = {key: value for key, value in company.items() if value}
    draft[services.DRAFT_KEY] = str(diagnosis.token)
    request.session.modified = True
    return redirect(reverse("guichet:step", args=["entreprise"]))
