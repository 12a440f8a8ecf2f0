from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from catalogue import ical
from catalogue.enums import Audience, RegistrationStatus, Rhythm
from catalogue.forms import CatalogueFilterForm
from catalogue.lheo.writer import export_lheo
from catalogue.models import TrainingProvider
from catalogue.schema_org import course_data
from catalogue.selectors import (
    default_catalogue,
    distance_learning_count,
    localize_programmes,
    programme_details,
    programme_pages,
    provider_programmes,
    search_programmes,
)
from portail.schema_org import as_script_content
from portail.selectors import active_locale, source_page
from search.listings import counts
from search.params import MAX_PAGE

PER_PAGE = 20
FACETS = ["niveau", "region", "domaine", "modalite", "rythme", "certification"]  # form fields named as facets


def catalogue_view(request, index):
    form = CatalogueFilterForm(request.GET or None)
    filters = form.filters()
    locale = active_locale(request)
    today = timezone.localdate()
    wanted = request.GET.get("page", "")
    page = int(wanted) if wanted.isascii() and wanted.isdigit() and 0 < int(wanted) <= MAX_PAGE else 1
    results = search_programmes(filters, locale.language_code, page, PER_PAGE)
    listing = Paginator(range(results.count), PER_PAGE).get_page(wanted)  # a wrong number: first or last
    if listing.number != page:
        results = search_programmes(filters, locale.language_code, listing.number, PER_PAGE)
    return index.render(
        request,
        context_overrides={
            "form": form,
            "facets": [(form[name], _with_counts(form[name], counts(results, name))) for name in FACETS],
            "listing": listing,
            "programmes": localize_programmes(programme_pages(results, today), locale),
            "filtered": any(value for name, value in request.GET.items() if name not in ("page", "tri")),
            "place": filters.place,
            "radius_km": filters.radius_km,
            "distance_learning": distance_learning_count(locale.language_code) if filters.near else None,
        },
    )


def _with_counts(field, value_counts: dict) -> list:
    """Each checkbox of a filter with the number of programmes it would give."""
    return [(option, value_counts.get(str(option.data["value"]), 0)) for option in field]


def provider_view(request, index, slug):
    provider = get_object_or_404(TrainingProvider.objects.select_related("commune"), slug=slug)
    found = provider_programmes(index, provider, timezone.localdate())
    return index.render(
        request,
        template="catalogue/provider.html",
        context_overrides={
            "provider": provider,
            "programmes": localize_programmes(found, active_locale(request)),
        },
    )


def programme_view(request, page):
    """A programme's page: its details in the visitor's language and its schema.org data."""
    details = programme_details(page, request)
    description = page.summary or _("%(title)s, a training programme of %(provider)s.") % {
        "title": page.title,
        "provider": details["provider"].name,
    }
    json_ld = course_data(page, details, url=page.get_full_url(request), description=description)
    return page.render(
        request,
        context_overrides={
            **details,
            "catalogue": page.get_parent().specific,
            "rhythm_labels": [Rhythm(value).label for value in page.rhythms],
            "audience_labels": [Audience(value).label for value in page.audiences],
            "teaching_languages": [
                _language_name(code) for code in page.teaching_language.split(",") if code
            ],
            "json_ld": as_script_content(json_ld),
            "registration_session": next(
                (
                    session
                    for session in details["upcoming_sessions"]
                    if session.registration_url and session.registration_status == RegistrationStatus.OPEN
                ),
                None,
            ),
            "individual_advice_url": individual_advice_url(page),
        },
    )


def individual_advice_url(page) -> str:
    """The guichet's request for individuals, about this programme."""
    return reverse("guichet:person_start") + "?" + urlencode({"formation": page.pk})


def _language_name(code: str) -> str:
    code = code.strip()
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def session_calendar_view(request, page, session_id):
    source = source_page(page)
    session = source.sessions.select_related("commune").filter(pk=session_id).first()
    if session is None:
        raise Http404
    url = request.build_absolute_uri(page.url)
    text = ical.session_calendar(
        uid=f"session-{session.pk}@{request.get_host()}",
        title=page.title,
        start=session.start_date,
        end=session.end_date,
        location=session.place_label or source.place_label or source.provider.place_label,
        description=_("Training session organised by %(provider)s. Details and registration: %(url)s")
        % {"provider": source.provider.name, "url": url},
        url=url,
        stamp=timezone.now(),
    )
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


def lheo_export_view(request):
    """The whole published catalogue as LHEO 2.3 XML (streamed)."""
    catalogue = default_catalogue()
    if catalogue is None:
        raise Http404
    document = export_lheo(catalogue, lambda page: request.build_absolute_uri(page.get_url(request)))
    response = StreamingHttpResponse(document, content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="catalogue-lheo.xml"'
    return response
