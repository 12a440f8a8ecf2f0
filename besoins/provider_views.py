"""The provider's side (signed in, with a company presented in its label profile): the needs in its
categories, its proposal to one, the buyer's questions and its answers. It never sees another
provider's proposal, nor the buyer's e-mail or phone."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from besoins import selectors, services
from besoins.enums import NeedStatus
from besoins.forms import AnswerForm, ProposalForm
from besoins.models import Question
from label.models import Provider


def _provider(request) -> Provider | None:
    return Provider.objects.filter(user=request.user).first()


@login_required
def provider_needs_view(request):
    provider = _provider(request)
    if provider is None:
        messages.info(request, _("First, present your company and its solutions."))
        return redirect("label:profile")
    needs = list(selectors.needs_for_provider(provider))
    return render(request, "besoins/provider_needs.html", {"provider": provider, "needs": needs})


@login_required
def provider_need_view(request, pk):
    provider = _provider(request)
    need = selectors.visible_need(provider, pk) if provider else None
    if need is None:
        raise Http404
    proposal = selectors.own_proposal(need, provider)
    form = ProposalForm(initial={"text": proposal.text} if proposal else None)
    answer_form, status = AnswerForm(), 200
    if request.method == "POST":
        if "question" in request.POST:
            answer_form = AnswerForm(request.POST)
            question = None
            if answer_form.is_valid() and proposal:
                question = Question.objects.filter(
                    pk=answer_form.cleaned_data["question"], proposal=proposal
                ).first()
            if question is not None:
                try:
                    services.answer_question(question, provider, answer_form.cleaned_data["text"])
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                else:
                    messages.success(request, _("Your answer is sent to the buyer."))
                return redirect(request.path)
        else:
            form = ProposalForm(request.POST)
            if need.status != NeedStatus.PUBLISHED:
                form.add_error(None, _("This need is closed: it takes no more proposals."))
            if form.is_valid():
                services.save_proposal(need, provider, form.cleaned_data["text"])
                messages.success(request, _("Your proposal is sent to the buyer."))
                return redirect(request.path)
        status = 400
    context = {
        "need": need,
        "proposal": proposal,
        "form": form,
        "answer_form": answer_form,
        "statuses": NeedStatus,
    }
    return render(request, "besoins/provider_need.html", context, status=status)
