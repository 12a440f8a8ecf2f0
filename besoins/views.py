"""The buyer's side, without an account: post a need (public form), then follow it through the signed
link: proposals side by side, questions to a provider, closing."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from besoins import links, selectors, services
from besoins.enums import NeedStatus
from besoins.forms import CloseForm, NeedForm, QuestionForm
from portail.ratelimit import hit

NEEDS_PER_HOUR = 5  # per visitor's address
QUESTIONS_PER_HOUR = 30


@never_cache
def post_view(request):
    initial = {"category": request.GET.get("categorie", "")}
    form = NeedForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST":
        if hit("buyer-need", request, limit=NEEDS_PER_HOUR, window_seconds=3600):
            form.add_error(None, _("Too many needs were sent from your connection. Please try again later."))
        if form.is_valid():
            need, _created = services.submit_need(
                form.need_data(), submission_key=form.cleaned_data["submission_key"]
            )
            messages.success(
                request,
                _("Your need is recorded. We sent this page's private link to %(email)s: keep it.")
                % {"email": need.email},
            )
            return redirect(links.tracking_url(need, absolute=False))
    return render(request, "besoins/post.html", {"form": form}, status=400 if form.errors else 200)


def _link_problem(request, problem: str):
    status = 404 if problem == "forged" else 410
    return render(request, "besoins/link_problem.html", {"problem": problem}, status=status)


@never_cache
def track_view(request, token):
    """A forged link is a 404, an expired one a 410, each with a page that explains."""
    need, problem = links.need_from_token(token)
    if need is None:
        return _link_problem(request, problem)
    proposals = selectors.proposals_side_by_side(need) if need.status != NeedStatus.PENDING else []
    question_form, close_form, status = QuestionForm(), CloseForm(proposals=proposals), 200
    if request.method == "POST" and need.status == NeedStatus.PUBLISHED:
        if "close" in request.POST:
            close_form = CloseForm(request.POST, proposals=proposals)
            if close_form.is_valid():
                services.transition(need, "close", by="buyer", chosen=close_form.chosen_proposal())
                messages.success(request, _("Your need is closed. Thank you for buying local."))
                return redirect(request.path)
        else:
            question_form = QuestionForm(request.POST)
            if hit("buyer-question", request, limit=QUESTIONS_PER_HOUR, window_seconds=3600):
                question_form.add_error(None, _("Too many questions. Please try again later."))
            by_pk = {proposal.pk: proposal for proposal in proposals}
            if question_form.is_valid() and question_form.cleaned_data["proposal"] in by_pk:
                try:
                    services.ask_question(
                        by_pk[question_form.cleaned_data["proposal"]], question_form.cleaned_data["text"]
                    )
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                else:
                    messages.success(request, _("Your question is sent to the provider."))
                return redirect(request.path)
        status = 400
    context = {
        "need": need,
        "proposals": proposals,
        "question_form": question_form,
        "close_form": close_form,
        "statuses": NeedStatus,
    }
    return render(request, "besoins/track.html", context, status=status)
