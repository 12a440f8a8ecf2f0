from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogue import ical
from catalogue.forms import CatalogueFilterForm
from catalogue.lheo.writer import export_lheo
from catalogue.models import TrainingProvider
from catalogue.selectors import (
    CatalogueFilters,
    default_catalogue,
    localize_programmes,
    programmes,
)
from portail.selectors import active_locale, source_page

PER_PAGE = 20


def catalogue_view(request, index):
    form = CatalogueFilterForm(request.GET or None)
    filters = form.filters()
    paginator = Paginator(programmes(index, filters, timezone.localdate()), PER_PAGE)
    listing = paginator.get_page(request.GET.get("page"))
    return index.render(
        request,
        context_overrides={
            "form": form,
            "listing": listing,
            "programmes": localize_programmes(list(listing), active_locale(request)),
            "filtered": any(value for name, value in request.GET.items() if name not in ("page", "tri")),
        },
    )


def provider_view(request, index, slug):
    provider = get_object_or_404(TrainingProvider.objects.select_related("commune"), slug=slug)
    filters = CatalogueFilters(provider=provider, sort="title")
    found = list(programmes(index, filters, timezone.localdate()))
    return index.render(
        request,
        template="catalogue/provider.html",
        context_overrides={
            "provider": provider,
            "programmes": localize_programmes(found, active_locale(request)),
        },
    )


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
