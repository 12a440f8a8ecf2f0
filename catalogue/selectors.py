"""Reads for the catalogue: programmes matching filters, in the visitor's language, with sessions."""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale

from catalogue.enums import Modality, Rhythm
from catalogue.models import CatalogueIndexPage, TrainingPage, TrainingProvider, TrainingSession
from portail.models import Commune
from portail.selectors import active_locale, localized_pages, source_page


@dataclass
class CatalogueFilters:
    """What the visitor chose; within a criterion any value matches, across criteria all must."""

    levels: list[int] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    commune: Commune | None = None
    epci: str = ""
    domains: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    rhythms: list[str] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    provider: TrainingProvider | None = None
    sort: str = "session"


def default_catalogue() -> CatalogueIndexPage | None:
    """The French catalogue, where imports go and exports come from."""
    return CatalogueIndexPage.objects.filter(locale=Locale.get_default()).first()


def _region_q(region: str) -> Q:
    if region == "distance":
        return Q(modality=Modality.DISTANCE)
    return Q(region=region) | Q(sessions__region=region) | Q(region="", provider__region=region)


def _place_q(**lookup) -> Q:
    """The programme, one of its sessions, or (when the programme names no place) its provider."""
    own = {f"commune__{key}": value for key, value in lookup.items()}
    of_sessions = {f"sessions__commune__{key}": value for key, value in lookup.items()}
    of_provider = {f"provider__commune__{key}": value for key, value in lookup.items()}
    return Q(**own) | Q(**of_sessions) | Q(commune=None, place_name="", **of_provider)


def programmes(index: CatalogueIndexPage, filters: CatalogueFilters, today: datetime.date) -> QuerySet:
    """Live French programmes of the catalogue matching the filters, with `next_start` (or None)."""
    matching = TrainingPage.objects.child_of(source_page(index)).live()
    conditions = {
        "exit_level__in": filters.levels,
        "domain__in": filters.domains,
        "modality__in": filters.modalities,
        "certification_type__in": filters.certifications,
    }
    for lookup, values in conditions.items():
        if values:
            matching = matching.filter(**{lookup: values})
    if filters.rhythms:
        matching = matching.filter(_any_of("rhythms__icontains", filters.rhythms))
    if filters.regions:
        matching = matching.filter(_combine(_region_q(region) for region in filters.regions))
    if filters.commune:
        matching = matching.filter(_place_q(pk=filters.commune.pk))
    if filters.epci:
        matching = matching.filter(_place_q(epci__code=filters.epci))
    if filters.provider:
        matching = matching.filter(provider=filters.provider)
    next_start = (
        TrainingSession.objects.filter(page=OuterRef("pk"), start_date__gte=today)
        .order_by("start_date")
        .values("start_date")[:1]
    )
    result = (
        TrainingPage.objects.filter(pk__in=matching.values("pk"))
        .select_related("provider__commune", "commune")
        .annotate(next_start=Subquery(next_start))
    )
    if filters.sort == "title":
        return result.order_by("title", "pk")
    return result.order_by(F("next_start").asc(nulls_last=True), "title", "pk")


def _any_of(lookup: str, values) -> Q:
    return _combine(Q(**{lookup: value}) for value in values)


def _combine(conditions) -> Q:
    combined = Q()
    for condition in conditions:
        combined |= condition
    return combined


def localize_programmes(pages: list[TrainingPage], locale: Locale) -> list[TrainingPage]:
    """The programmes in the visitor's language when translated (French otherwise), in one query.

    Facts that are the same in every language (provider, place, next session) come from French.
    """
    if not pages or pages[0].locale_id == locale.pk:
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
            shown.append(page)
            continue
        translation.provider, translation.commune = page.provider, page.commune
        translation.next_start = page.next_start
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
