"""Content pages (type "page"), places ("lieu") and events ("evenement") in the search; see docs/search.md."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portail.enums import Audience, Fee, PlaceKind, Service
from portail.models import EventPage, HomePage, PlacePage, StandardPage
from portail.selectors import source_page
from search.builders import page_url, stream_text
from search.documents import SearchDocument
from search.facets import Facet
from search.registry import register, register_facet, register_type

PLACE_FACETS = (
    Facet("service", _("Service"), ("lieu",)),
    Facet("public", _("Audience"), ("lieu",), tuple(Audience.choices)),
    Facet("tarif", _("Fees"), ("lieu",), tuple(Fee.choices)),
)


def register_search():
    """Called by PortailConfig.ready(): the types and facets of this module."""
    register_type("lieu", _("Place"), facets=("commune", "epci", "categorie"))
    register_type("evenement", _("Event"), facets=("commune", "epci"))
    register_type("page", _("Page"))
    register_facet(*PLACE_FACETS)


@register("page", StandardPage)
def build_standard_page(page: StandardPage, language: str) -> SearchDocument:
    return SearchDocument(
        type="page",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.intro or page.search_description,
        body=stream_text(page.body),
        boost=0.8,
    )


@register("page", HomePage)
def build_home_page(page: HomePage, language: str) -> SearchDocument:
    return SearchDocument(
        type="page",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.hero_text,
        boost=0.5,
    )


def _territory(commune) -> tuple[dict, dict]:
    """The commune and EPCI facets of a place or an event, and their labels."""
    if commune is None:
        return {"commune": [], "epci": []}, {}
    facets = {"commune": [commune.insee_code], "epci": [commune.epci.code]}
    labels = {
        ("commune", commune.insee_code): commune.name,
        ("epci", commune.epci.code): commune.epci.short_name,
    }
    return facets, labels


def _places():
    return PlacePage.objects.live().public().select_related("commune__epci")


@register("lieu", PlacePage, queryset=_places)
def build_place(page: PlacePage, language: str) -> SearchDocument:
    source = source_page(page)
    territory, labels = _territory(source.commune)
    labels |= {("service", value): str(Service(value).label) for value in source.services}
    labels |= {("categorie", value): str(PlaceKind(value).label) for value in source.kinds}
    return SearchDocument(
        type="lieu",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.summary,
        body=" ".join(
            filter(None, [page.description, source.address, source.commune.name, source.parent_organisation])
        ),
        facets={
            **territory,
            "service": list(source.services),
            "categorie": list(source.kinds),
            "public": list(source.audiences or Audience.values),  # none named: open to everyone
            "tarif": list(source.fees),
        },
        facet_labels=labels,
        latitude=float(source.latitude) if source.latitude is not None else None,
        longitude=float(source.longitude) if source.longitude is not None else None,
    )


def _events():
    return (
        EventPage.objects.live().public().filter(ends_at__gte=timezone.now()).select_related("commune__epci")
    )


@register("evenement", EventPage, queryset=_events)
def build_event(page: EventPage, language: str) -> SearchDocument | None:
    source = source_page(page)
    if source.is_past:  # a past event leaves the search at the next indexing
        return None
    commune = source.commune
    territory, labels = _territory(commune)
    return SearchDocument(
        type="evenement",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.summary,
        body=" ".join(filter(None, [page.description, source.organiser, source.address])),
        facets=territory,
        facet_labels=labels,
        latitude=float(commune.latitude) if commune else None,
        longitude=float(commune.longitude) if commune else None,
        next_date=timezone.localdate(source.starts_at),
    )
