"""Reads for the catalogue: programmes matching filters, in the visitor's language, with sessions."""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale

from catalogue.enums import Rhythm
from catalogue.models import CatalogueIndexPage, TrainingPage, TrainingProvider, TrainingSession
from portail.models import Commune
from portail.selectors import active_locale, localized_pages, source_page
from search.engines import search
from search.listings import objects_of
from search.query import SearchQuery, SearchResults


@dataclass
class CatalogueFilters:
    """What the visitor chose; within a criterion any value matches, across criteria all must."""

    levels: list[int] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    commune: Commune | None = None  # in this commune only
    near: tuple[float, float] | None = None  # or within `radius_km` of this point, nearest first
    place: str = ""  # the point's name: a commune, or "your position"
    radius_km: int | None = None
    epci: str = ""
    domains: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    rhythms: list[str] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    sort: str = "session"


def default_catalogue() -> CatalogueIndexPage | None:
    """The French catalogue, where imports go and exports come from."""
    return CatalogueIndexPage.objects.filter(locale=Locale.get_default()).first()


def search_programmes(filters: CatalogueFilters, language: str, page: int, page_size: int) -> SearchResults:
    """One page of the programmes matching the filters, from the search, with each filter's counts."""
    chosen = {
        "type": ["formation"],
        "niveau": [str(level) for level in filters.levels],
        "region": filters.regions,
        "commune": [filters.commune.insee_code] if filters.commune else [],
        "epci": [filters.epci] if filters.epci else [],
        "domaine": filters.domains,
        "modalite": filters.modalities,
        "rythme": filters.rhythms,
        "certification": filters.certifications,
    }
    query = SearchQuery(
        "", language, chosen, filters.sort, filters.near, page, page_size, filters.radius_km, extracts=False
    )
    return search(query)


def distance_learning_count(language: str) -> int:
    """How many programmes are taught at a distance: open to a learner wherever they live."""
    chosen = {"type": ["formation"], "region": ["distance"]}
    return search(SearchQuery("", language, chosen, page_size=1, extracts=False)).count


def programme_pages(results: SearchResults, today: datetime.date) -> list[TrainingPage]:
    """The live French programmes behind the hits, in their order, with `next_start` (or None) and
    `distance_km` (None unless the search was from a place)."""
    pages = objects_of(
        results, _with_next_start(TrainingPage.objects.live().filter(locale=Locale.get_default()), today)
    )
    distances = {hit.key.partition(":")[2]: hit.distance_km for hit in results.hits}
    for page in pages:
        page.distance_km = distances.get(str(page.translation_key))
    return pages


def provider_programmes(index: CatalogueIndexPage, provider: TrainingProvider, today: datetime.date) -> list:
    """Every live French programme of the provider in the catalogue, by title."""
    pages = TrainingPage.objects.child_of(source_page(index)).live().filter(provider=provider)
    return list(_with_next_start(pages, today).order_by("title", "pk"))


def _with_next_start(pages: QuerySet, today: datetime.date) -> QuerySet:
    next_start = (
        TrainingSession.objects.filter(page=OuterRef("pk"), start_date__gte=today)
        .order_by("start_date")
        .values("start_date")[:1]
    )
    return pages.select_related("provider__commune", "commune").annotate(next_start=Subquery(next_start))


def localize_programmes(pages: list[TrainingPage], locale: Locale) -> list[TrainingPage]:
    """The programmes in the visitor's language when translated (French otherwise), in one query.

    Facts that are the same in every language (provider, place, next session) come from French.
    """
    if not pages or pages[0].locale_id == locale.pk:
        for page in pages:
            page.fallback_language = ""  # read by the template: a missing attribute costs a dir()
            page.distance_km = getattr(page, "distance_km", None)
        return pages
    translated = {
        page.translation_key: page
        for page in TrainingPage.objects.live().filter(
            translation_key__in=[page.translation_key for page in pages], locale=locale
        )
    }
    shown = []
    default_language = Locale.get_default().language_code
    for page in pages:
        translation = translated.get(page.translation_key)
        if translation is None:
            page.fallback_language = default_language
            page.distance_km = getattr(page, "distance_km", None)
            shown.append(page)
            continue
        translation.provider, translation.commune = page.provider, page.commune
        translation.fallback_language = ""
        translation.next_start = page.next_start
        translation.distance_km = getattr(page, "distance_km", None)
        shown.append(translation)
    return shown


def programme_details(page: TrainingPage, request) -> dict:
    """What the programme page shows besides its own fields: sessions, provider, funding, place."""
    today = timezone.localdate()
    source = source_page(page)
    sessions = list(source.sessions.select_related("commune"))
    for session in sessions:
        session.past = session.is_past_on(today)
    funding = [link.scheme for link in source.funding_links.select_related("scheme")]
    return {
        "provider": source.provider,
        "location": source if (source.commune_id or source.place_name) else source.provider,
        "sessions": sessions,
        "upcoming_sessions": [session for session in sessions if not session.past],
        "next_session": next((session for session in sessions if not session.past), None),
        "funding_schemes": localized_pages(funding, active_locale(request)),
    }


def catalogue_rows(index: CatalogueIndexPage, today: datetime.date, site_url: str) -> Iterator[list]:
    """The published programmes as spreadsheet rows (a header first), for editors."""
    yield [
        _("Title"),
        _("Training provider"),
        _("SIRET"),
        _("Level reached"),
        _("Certification"),
        _("RNCP or RS code"),
        _("Domain"),
        _("Modality"),
        _("Rhythm"),
        _("Where"),
        _("Next session"),
        _("Sessions"),
        _("Duration (hours)"),
        _("Cost (€)"),
        _("LHEO identifier"),
        _("Address"),
        _("Last updated"),
    ]
    upcoming = TrainingSession.objects.filter(page=OuterRef("pk"), start_date__gte=today)
    pages = (
        TrainingPage.objects.child_of(source_page(index))
        .live()
        .select_related("provider__commune", "commune")
        .annotate(
            next_start=Subquery(upcoming.order_by("start_date").values("start_date")[:1]),
            session_count=Count("sessions"),
        )
        .order_by("title", "pk")
    )
    for page in pages.iterator(chunk_size=500):
        yield [
            page.title,
            page.provider.name,
            page.provider.siret,
            page.get_exit_level_display() if page.exit_level else "",
            page.certification_name or page.get_certification_type_display(),
            page.certification_code,
            page.get_domain_display(),
            page.get_modality_display(),
            ", ".join(str(Rhythm(value).label) for value in page.rhythms),
            page.place_label or page.provider.place_label,
            page.next_start.isoformat() if page.next_start else "",
            page.session_count,
            page.duration_hours or "",
            page.cost_eur if page.cost_eur is not None else "",
            page.lheo_id,
            site_url + page.get_url(),
            page.last_published_at.date().isoformat() if page.last_published_at else "",
        ]


def published_programmes(today: datetime.date) -> QuerySet:
    """The live French programmes with `next_start` and their upcoming sessions (`upcoming`), by title."""
    upcoming = Prefetch(
        "sessions",
        queryset=TrainingSession.objects.filter(start_date__gte=today).order_by("start_date"),
        to_attr="upcoming",
    )
    pages = TrainingPage.objects.live().filter(locale=Locale.get_default()).order_by("title", "pk")
    return _with_next_start(pages, today).prefetch_related(upcoming)
