"""The company's check-in page, opened from the follow-up e-mail's one-click link."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache

from guichet import follow_up
from guichet.follow_up_forms import CheckInForm


@never_cache
def check_in_view(request, token):
    """A forged link is a 404, an expired one a 410, each with a page that explains. Answering twice
    corrects the answers: the page says they were already received."""
    check_in, problem = follow_up.check_in_from_token(token)
    if check_in is None:
        status = 404 if problem == "forged" else 410
        return render(
            request,
            "guichet/check_in_invalid.html",
            {"problem": problem, "days": follow_up.CHECK_IN_LINK_DAYS},
            status=status,
        )
    already = check_in.answered_at is not None
    if request.method == "POST":
        form = CheckInForm(request.POST)
        if form.is_valid():
            first = follow_up.record_answer(check_in, **form.cleaned_data)
            return render(
                request, "guichet/check_in.html", {"check_in": check_in, "thanks": True, "first": first}
            )
    else:
        form = CheckInForm(initial=CheckInForm.initial_of(check_in) if already else None)
    return render(request, "guichet/check_in.html", {"check_in": check_in, "form": form, "already": already})
