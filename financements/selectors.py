"""Reads for the funding guide: schemes in the visitor's language, filtered and counted by the search."""

import datetime

from django.db.models import prefetch_related_objects

from wagtail.models import Locale

from financements.enums import SchemeStatus
from financements.models import CLOSING_SOON_DAYS, Funder, FundingGuidePage, FundingSchemePage
from portail.selectors import localized_pages, source_page
from search.engines import search
from search.listings import objects_of
from search.query import SearchQuery, SearchResults

STATUS_ORDER = [
    SchemeStatus.CLOSING_SOON,
    SchemeStatus.OPEN,
    SchemeStatus.PERMANENT,
    SchemeStatus.UNDATED,
    SchemeStatus.UPCOMING,
    SchemeStatus.CLOSED,
]


def guide_for_language(language_code: str) -> FundingGuidePage | None:
    """The live guide in a language, or the French one when it is not translated."""
    return (
        FundingGuidePage.objects.live().filter(locale__language_code=language_code).first()
        or FundingGuidePage.objects.live().filter(locale=Locale.get_default()).first()
    )


def guide_schemes(
    guide: FundingGuidePage,
    locale: Locale,
    today: datetime.date,
    french: list | None = None,
    *,
    territories: bool = True,
) -> list[FundingSchemePage]:
    """Every live scheme of the guide (or these French pages of it), in the visitor's language when
    translated, with its status, by status then title. `territories` reads their EPCI and communes
    (eligibility needs them; the guide's list does not show them)."""
    if french is None:
        french = list(FundingSchemePage.objects.child_of(source_page(guide)).live())
    schemes = localized_pages(french, locale)
    prefetch_related_objects(schemes, "funders", *(("epcis", "communes") if territories else ()))
    name_funders(schemes, locale)
    for scheme in schemes:
        scheme.current_status = scheme.status_on(today)
    return sorted(schemes, key=lambda s: (STATUS_ORDER.index(s.current_status), s.title.lower()))


def name_funders(schemes, locale: Locale) -> list[Funder]:
    """Give each funder its name in the visitor's language (`display_name`), in one query."""
    funders = [funder for scheme in schemes for funder in scheme.funders.all()]
    translated = Funder.objects.filter(
        translation_key__in={funder.translation_key for funder in funders}, locale=locale
    ).values_list("translation_key", "name")
    names = dict(translated)
    for funder in funders:
        funder.display_name = names.get(funder.translation_key, funder.name)
    return funders


OPEN_STATUSES = [status for status in SchemeStatus.values if status != SchemeStatus.CLOSED]
GUIDE_SIZE = 500  # the guide lists every scheme on one page: more than the guide will ever hold


def search_guide(
    guide: FundingGuidePage,
    locale: Locale,
    today: datetime.date,
    filters: dict[str, list[str]],
    show_closed: bool,
) -> tuple[list[FundingSchemePage], SearchResults]:
    """The guide's schemes carrying the facet values chosen (key → values), and the search's counts.

    Closed schemes stay out unless asked for (`show_closed`, or the closed status chosen). The
    filters read the status indexed (refreshed every night); the page shows the status of today.
    """
    chosen = {key: values for key, values in filters.items() if values}
    if not show_closed and "statut" not in chosen:
        chosen["statut"] = OPEN_STATUSES
    query = SearchQuery(
        language=locale.language_code,
        filters={**chosen, "type": ["financement"]},
        sort="title",
        extracts=False,
        page_size=GUIDE_SIZE,
    )
    results = search(query)
    french = objects_of(results, FundingSchemePage.objects.child_of(source_page(guide)).live())
    return guide_schemes(guide, locale, today, french, territories=False), results


def related_trainings(scheme: FundingSchemePage, locale: Locale) -> list:
    """Catalogue programmes whose pages name this scheme as a way to fund them, in the visitor's language.

    The catalogue holds the link (TrainingFunding.scheme, reverse name `funded_trainings`), so the
    guide reads it without importing the catalogue.
    """
    default = Locale.get_default()
    links = (
        source_page(scheme)
        .funded_trainings.filter(page__live=True, page__locale=default)
        .select_related("page")
    )
    return localized_pages([link.page for link in links.order_by("page__title")], locale)


def schemes_closing_soon(today: datetime.date):
    """Live schemes (French originals) whose application window closes within CLOSING_SOON_DAYS."""
    last_day = today + datetime.timedelta(days=CLOSING_SOON_DAYS)
    return (
        FundingSchemePage.objects.live()
        .filter(locale__language_code="fr", closes_on__gte=today, closes_on__lte=last_day)
        .order_by("closes_on", "title")
        .only("id", "title", "closes_on")
    )


def live_scheme(value) -> FundingSchemePage | None:
    """The live scheme a guichet link names (`?dispositif=<page id>`), or None for anything else."""
    if not str(value).isdigit():
        return None
    return FundingSchemePage.objects.live().filter(pk=int(value)).first()


def scheme_documents(scheme: FundingSchemePage, locale: Locale | None = None) -> list[dict]:
    """The documents the scheme asks for, in the locale when translated (else as the scheme has them):
    [{key, title, help_text, required}], `key` being the same in every translation."""
    if locale is not None and scheme.locale_id != locale.pk:
        translated = FundingSchemePage.objects.live().filter(
            translation_key=scheme.translation_key, locale=locale
        )
        scheme = translated.first() or scheme
    return [
        {
            "key": block.id,
            "title": block.value["title"],
            "help_text": block.value["help_text"],
            "required": bool(block.value["required"]),
        }
        for block in scheme.checklist
        if block.block_type == "document"
    ]
