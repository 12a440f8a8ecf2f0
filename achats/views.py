"""Public screens of local digital purchasing: calls (listing, detail, feeds, alerts), the buyers'
guide (page and PDF), the barometer (form, invitation link, results)."""

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from achats import alerts, barometer, guide
from achats.feeds import AtomCallFeed, CallFeed, deadlines_calendar
from achats.forms import BarometerForm, CallAlertForm, CallFilterForm
from achats.guide_text import PLAIN_SUMMARY, RULES
from achats.selectors import filter_calls, open_calls, published_calls
from portail.ratelimit import hit

__all__ = ["AtomCallFeed", "CallFeed"]  # served by achats.urls
ANSWERS_PER_HOUR = 10  # per visitor's address: alerts and barometer answers


def calls_view(request):
    form = CallFilterForm(request.GET or {"etat": "ouvert"})
    calls = filter_calls(**form.filters())
    return render(request, "achats/calls.html", {"form": form, "calls": calls, "today": timezone.localdate()})


def call_view(request, pk):
    call = get_object_or_404(published_calls(), pk=pk)
    return render(request, "achats/call.html", {"call": call, "today": timezone.localdate()})


def deadlines_ics_view(request):
    calls = [
        (call, request.build_absolute_uri(reverse("achats:call", args=[call.pk]))) for call in open_calls()
    ]
    body = deadlines_calendar(calls, name=_("Deadlines of calls for tenders and projects"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="echeances-appels.ics"'
    return response


def _too_many(request, scope: str, form) -> None:
    if request.method == "POST" and hit(scope, request, limit=ANSWERS_PER_HOUR, window_seconds=3600):
        form.add_error(
            None, _("Too many answers from your connection in the last hour. Please try again later.")
        )


@never_cache
def alert_subscribe_view(request):
    form = CallAlertForm(
        request.POST or None, user=request.user, initial={"categories": request.GET.getlist("categorie")}
    )
    _too_many(request, "achats-alert", form)
    if request.method == "POST" and form.is_valid():
        alerts.call_alert_subscribe(
            email=form.cleaned_data["email"],
            language=get_language(),
            categories=form.cleaned_data["categories"],
        )
        return render(request, "achats/alert_message.html", {"state": "check-email"})
    return render(request, "achats/alert_form.html", {"form": form}, status=400 if form.errors else 200)


@never_cache  # a link sent to one person: never kept by any cache
def alert_confirm_view(request, token):
    state = "confirmed" if alerts.call_alert_confirm(token=token) else "unknown"
    return render(request, "achats/alert_message.html", {"state": state})


@never_cache
def alert_unsubscribe_view(request, token):
    if request.method == "POST":
        state = "unsubscribed" if alerts.call_alert_unsubscribe(token=token) else "unknown"
        return render(request, "achats/alert_message.html", {"state": state})
    return render(request, "achats/alert_unsubscribe.html", {"token": token})


@csrf_exempt  # mail clients post here (RFC 8058 one-click); the token in the URL is the secret
@require_POST
def alert_one_click_view(request, token):
    alerts.call_alert_unsubscribe(token=token)
    return HttpResponse(status=204)


def guide_view(request):
    context = {
        "categories": guide.guide_categories(),
        "summary": PLAIN_SUMMARY,
        "rules": RULES,
        "printed_on": timezone.localdate(),
    }
    return render(request, "achats/guide.html", context)


def guide_pdf_view(request):
    response = FileResponse(guide.buyers_guide_file(get_language()), content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="guide-acheteurs.pdf"'
    return response


def _barometer_form(request, *, token: str = "", year: int):
    invited = bool(token)
    form = BarometerForm(request.POST or None, user=request.user, invited=invited)
    if not invited:
        _too_many(request, "achats-barometer", form)
    if request.method == "POST" and form.is_valid():
        key = barometer.invitation_key(token) if invited else ""
        recorded = barometer.barometer_record(year=year, data=form.cleaned_data, invitation_key=key)
        return render(request, "achats/barometer_thanks.html", {"already": recorded is None})
    return render(
        request,
        "achats/barometer_form.html",
        {"form": form, "year": year},
        status=400 if form.errors else 200,
    )


@never_cache
def barometer_view(request):
    return _barometer_form(request, year=timezone.localdate().year)


@never_cache
def barometer_invitation_view(request, token):
    year = barometer.invitation_year(token)
    if year is None:
        raise Http404("Unknown or expired invitation")
    if barometer.invitation_used(token):
        return render(request, "achats/barometer_thanks.html", {"already": True})
    return _barometer_form(request, token=token, year=year)


def barometer_results_view(request):
    years = barometer.barometer_years()
    try:
        year = int(request.GET.get("annee", years[0] if years else timezone.localdate().year))
    except ValueError:
        return redirect("achats:barometer_results")
    return render(
        request,
        "achats/barometer_results.html",
        {"results": barometer.barometer_results(year), "years": years, "smallest": barometer.SMALLEST_CELL},
    )
