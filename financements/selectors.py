"""Reads for the funding guide: schemes in the visitor's language, filters and their counts."""

import datetime
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects

from wagtail.models import Locale

from financements.enums import Beneficiary, HelpKind, ProjectType, SchemeStatus, funded_projects
from financements.models import Funder, FundingGuidePage, FundingSchemePage
from portail.selectors import localized_pages, source_page

STATUS_ORDER = [
    SchemeStatus.CLOSING_SOON,
    SchemeStatus.OPEN,
    SchemeStatus.PERMANENT,
    SchemeStatus.UPCOMING,
    SchemeStatus.CLOSED,
]


def guide_for_language(language_code: str) -> FundingGuidePage | None:
    """The live guide in a language, or the French one when it is not translated."""
    return (
        FundingGuidePage.objects.live().filter(locale__language_code=language_code).first()
        or FundingGuidePage.objects.live().filter(locale=Locale.get_default()).first()
    )


def guide_schemes(guide: FundingGuidePage, locale: Locale, today: datetime.date) -> list[FundingSchemePage]:
    """Every live scheme of the guide, in the visitor's language when translated, with its status."""
    french = FundingSchemePage.objects.child_of(source_page(guide)).live()
    schemes = localized_pages(list(french), locale)
    prefetch_related_objects(schemes, "funders", "epcis", "communes")
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


@dataclass
class SchemeFilters:
    """What the visitor ticked; within a facet any value matches, across facets all must."""

    beneficiaries: list[str] = field(default_factory=list)
    help_kinds: list[str] = field(default_factory=list)
    project_types: list[str] = field(default_factory=list)
    funders: list[int] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    show_closed: bool = False


FACETS = {
    "beneficiaries": lambda scheme: set(scheme.beneficiaries),
    "help_kinds": lambda scheme: set(scheme.help_kinds),
    "project_types": lambda scheme: funded_projects(scheme.project_types),
    "funders": lambda scheme: {funder.pk for funder in scheme.funders.all()},
    "statuses": lambda scheme: {scheme.current_status},
}
FACET_CHOICES = {
    "beneficiaries": Beneficiary.choices,
    "help_kinds": HelpKind.choices,
    "project_types": ProjectType.choices,
    "statuses": SchemeStatus.choices,
}


def _matches(scheme, filters: SchemeFilters, skip: str | None = None) -> bool:
    if scheme.current_status == SchemeStatus.CLOSED and not (
        filters.show_closed or "closed" in filters.statuses
    ):
        return False
    for name, values_of in FACETS.items():
        wanted = getattr(filters, name)
        if name != skip and wanted and not values_of(scheme) & set(wanted):
            return False
    return True


def filter_schemes(schemes, filters: SchemeFilters):
    return [scheme for scheme in schemes if _matches(scheme, filters)]


def facet_counts(schemes, filters: SchemeFilters) -> dict[str, dict]:
    """For each facet, how many schemes each value would give with the other facets applied."""
    counts = {}
    for name, values_of in FACETS.items():
        counts[name] = {}
        for scheme in schemes:
            if _matches(scheme, filters, skip=name):
                for value in values_of(scheme):
                    counts[name][value] = counts[name].get(value, 0) + 1
    return counts


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
