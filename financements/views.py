from urllib.parse import urlencode

from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from financements.eligibility import ProfileError, find_schemes, profile_from_params
from financements.enums import SchemeStatus
from financements.feeds import AtomSchemeFeed, SchemeFeed
from financements.forms import AlertForm, FinderForm, GuideFilterForm
from financements.schema_org import scheme_data
from financements.selectors import (
    guide_for_language,
    guide_schemes,
    name_funders,
    related_trainings,
    search_guide,
)
from financements.services import funding_alert_confirm, funding_alert_subscribe, funding_alert_unsubscribe
from portail.schema_org import as_script_content
from portail.selectors import active_locale


def guide_view(request, guide):
    form = GuideFilterForm(request.GET or None)
    schemes, results = search_guide(
        guide, active_locale(request), timezone.localdate(), form.filters(), form.show_closed()
    )
    return guide.render(
        request,
        context_overrides={"form": form, "facets": form.options(results), "schemes": schemes},
    )


def scheme_view(request, scheme):
    """A scheme's page, with its funders and the trainings it pays for, in the visitor's language."""
    locale = active_locale(request)
    funders = name_funders([scheme], locale)
    territory = {"epcis": list(scheme.epcis.all()), "communes": list(scheme.communes.all())}
    json_ld = scheme_data(scheme, url=scheme.get_full_url(request), funders=funders, **territory)
    return scheme.render(
        request,
        context_overrides={
            **territory,
            "funders": funders,
            "related_trainings": related_trainings(scheme, locale),
            "json_ld": as_script_content(json_ld),
        },
    )


def finder_view(request, guide):
    """One question per screen; answers travel in the URL, so back and forward just work. The
    results recap the answers; `changer` asks one question again with the others kept."""
    form = FinderForm(request.GET or None)
    valid = form.is_valid() if request.GET else False
    answered = form.answered()
    changing = request.GET.get("changer")
    if changing in FinderForm.STEPS:
        step = changing
    else:
        step = next((name for name in FinderForm.STEPS if name not in answered), None)
    context = {"form": form, "step": step, "show_errors": step in form.data}
    if step is None and valid:
        schemes = guide_schemes(guide, active_locale(request), timezone.localdate())
        context["matches"], context["near_misses"] = find_schemes(
            schemes, form.profile(), timezone.localdate()
        )
        context["alert_form"] = AlertForm(initial=request.GET.dict(), user=request.user)
        context["recap"] = form.recap()
        context["answers_query"] = urlencode(form.answers())
        guichet = {"besoin": "financement", "sujet": form.guichet_subject()}
        context["guichet_url"] = reverse("guichet:start") + "?" + urlencode(guichet)
    else:
        context["field"] = form[step]
        context["step_number"] = FinderForm.STEPS.index(step) + 1
        context["step_count"] = len(FinderForm.STEPS)
        context["previous_answers"] = [(name, value) for name, value in form.answers() if name != step]
    return guide.render(request, template="financements/finder.html", context_overrides=context)


def printable_guide_view(request, guide):
    """Every scheme that is not closed, with its key facts, on one page made for printing."""
    schemes = guide_schemes(guide, active_locale(request), timezone.localdate())
    schemes = [scheme for scheme in schemes if scheme.current_status != SchemeStatus.CLOSED]
    return guide.render(
        request,
        template="financements/printable_guide.html",
        context_overrides={"schemes": schemes, "printed_on": timezone.localdate()},
    )


def rss_feed_view(request, guide):
    return SchemeFeed()(request, guide=guide)


def atom_feed_view(request, guide):
    return AtomSchemeFeed()(request, guide=guide)


def alert_subscribe_view(request, guide):
    """POST from the finder's results; on a mistake the form comes back with what was typed."""
    if request.method != "POST":
        return redirect(guide.url + guide.reverse_subpage("finder"))
    form = AlertForm(request.POST, user=request.user)
    if not form.is_valid():
        return guide.render(
            request, template="financements/alert_form.html", context_overrides={"form": form}
        )
    funding_alert_subscribe(email=form.cleaned_data["email"], language=get_language(), profile=form.profile())
    return _alert_message(request, guide, "check-email")


@never_cache  # a link sent to one person: never kept by any cache
def alert_confirm_view(request, guide, token):
    return _alert_message(request, guide, "confirmed" if funding_alert_confirm(token=token) else "unknown")


@never_cache  # a link sent to one person: never kept by any cache
def alert_unsubscribe_view(request, guide, token):
    if request.method == "POST":
        return _alert_message(
            request, guide, "unsubscribed" if funding_alert_unsubscribe(token=token) else "unknown"
        )
    return guide.render(
        request, template="financements/alert_unsubscribe.html", context_overrides={"token": token}
    )


@csrf_exempt  # mail clients post here (RFC 8058 one-click); the token in the URL is the secret
@require_POST
def alert_one_click_unsubscribe(request, token):
    funding_alert_unsubscribe(token=token)
    return HttpResponse(status=204)


def _alert_message(request, guide, state):
    return guide.render(
        request, template="financements/alert_message.html", context_overrides={"state": state}
    )


@require_GET
def eligibility_api(request):
    """GET /api/financements/eligibilite/?beneficiaire=…&secteur=…&commune=…[&projet=…&effectif=…]"""
    try:
        profile = profile_from_params(request.GET)
    except ProfileError as error:
        return JsonResponse({"errors": error.errors}, status=400)
    locale = active_locale(request)
    guide = guide_for_language(locale.language_code)
    if guide is None:
        return JsonResponse({"results": [], "excluded": []})
    today = timezone.localdate()
    matches, near_misses = find_schemes(guide_schemes(guide, locale, today), profile, today)

    def describe(assessment, explanation):
        scheme = assessment.scheme
        return {
            "title": scheme.title,
            "url": request.build_absolute_uri(scheme.get_url(request)),
            "status": scheme.current_status.value,
            explanation: assessment.reasons if explanation == "reasons" else assessment.failures,
        }

    return JsonResponse(
        {
            "results": [describe(a, "reasons") for a in matches],
            "excluded": [describe(a, "why") for a in near_misses],
        }
    )
