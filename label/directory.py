"""The directory of local digital solutions: every registered provider with its solutions, labelled
ones flagged and first. A page costs a fixed number of queries whatever the number of providers
(a count, the page of providers with their commune and label, their solutions)."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import BooleanField, Case, Exists, OuterRef, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from label.enums import ApplicationStatus, SolutionCategory
from label.models import Provider, Solution

PER_PAGE = 20

# Team size bands (people): the filter's values, stable in URLs.
SIZES = {
    "1": (_("1 person"), 1, 1),
    "2-9": (_("2 to 9 people"), 2, 9),
    "10-49": (_("10 to 49 people"), 10, 49),
    "50+": (_("50 people or more"), 50, None),
}


@dataclass
class DirectoryEntry:
    provider: Provider
    labelled: bool
    description: str
    description_language: str
    solutions: list
    categories: list

    @property
    def category_labels(self) -> list[str]:
        return [str(SolutionCategory(value).label) for value in self.categories]


def _labelled_condition(today) -> Q:
    return Q(current_label__status=ApplicationStatus.APPROVED, current_label__valid_until__gte=today)


def directory_providers(*, category="", commune=None, epci=None, size="", labelled_only=False, today=None):
    """Providers that present at least one solution, labelled (valid label) first, then by name."""
    today = today or timezone.localdate()
    providers = Provider.objects.filter(Exists(Solution.objects.filter(provider=OuterRef("pk")))).annotate(
        labelled=Case(
            When(_labelled_condition(today), then=Value(True)), default=False, output_field=BooleanField()
        )
    )
    if category:
        providers = providers.filter(
            Exists(Solution.objects.filter(provider=OuterRef("pk"), category=category))
        )
    if commune:
        providers = providers.filter(commune=commune)
    if epci:
        providers = providers.filter(commune__epci=epci)
    if size in SIZES:
        _label, low, high = SIZES[size]
        providers = providers.filter(team_size__gte=low)
        if high:
            providers = providers.filter(team_size__lte=high)
    if labelled_only:
        providers = providers.filter(_labelled_condition(today))
    return providers.order_by("-labelled", "name", "pk")


def _entry(provider: Provider) -> DirectoryEntry:
    order = list(SolutionCategory.values)
    solutions = list(provider.solutions.all())
    description, language = provider.localized_description
    categories = sorted({solution.category for solution in solutions}, key=order.index)
    return DirectoryEntry(provider, provider.labelled, description, language, solutions, categories)


def with_details(providers: QuerySet) -> QuerySet:
    return providers.select_related("commune__epci", "current_label").prefetch_related(
        Prefetch("solutions", queryset=Solution.objects.order_by("category", "name"))
    )


def directory_page(number, **filters) -> tuple[Page, list[DirectoryEntry]]:
    """One page of the directory (an out-of-range or invalid number gives the nearest page)."""
    page = Paginator(with_details(directory_providers(**filters)), PER_PAGE).get_page(number)
    return page, [_entry(provider) for provider in page.object_list]


def directory_entry(pk: int) -> DirectoryEntry | None:
    provider = with_details(directory_providers()).filter(pk=pk).first()
    return _entry(provider) if provider else None
