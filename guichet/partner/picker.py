"""The action plan picker: trainings, funding schemes and labelled providers found by name, each with
what tells it apart from its namesakes ("BTS NDRC — Lycée X, Le Robert, 2027"). A bounded number of
queries whatever the size of the catalogues (two or three per kind)."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Min, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.coreutils import get_supported_content_language_variant

from catalogue.models import TrainingPage
from financements.models import FundingSchemePage
from label.enums import SolutionCategory
from label.models import Solution
from label.selectors import valid_providers

PER_KIND = 20
MIN_QUERY = 2
KINDS = [
    ("trainings", _("Trainings")),
    ("schemes", _("Funding schemes")),
    ("providers", _("Labelled providers")),
]


@dataclass
class Choice:
    pk: int
    title: str
    details: list[str]
    chosen: bool = False


@dataclass
class Group:
    field: str  # the form field, also the name of the checkboxes
    label: str
    choices: list[Choice]
    more: bool  # more matches than shown: refine the search


def _french() -> dict:
    """The site's default locale (French), as a join rather than a query of its own."""
    return {"locale__language_code": get_supported_content_language_variant(settings.LANGUAGE_CODE)}


def trainings():
    return TrainingPage.objects.live().filter(**_french())


def schemes():
    return FundingSchemePage.objects.live().filter(**_french())


def providers(today=None):
    return valid_providers(today)


def _prepare_trainings(found, today):
    return found.select_related("provider__commune", "commune").annotate(
        next_session=Min("sessions__start_date", filter=Q(sessions__start_date__gte=today))
    )


def _training(page, today) -> Choice:
    place = page.commune.name if page.commune_id else page.place_name
    place = place or (page.provider.commune.name if page.provider.commune_id else page.provider.place_name)
    year = str(page.next_session.year) if page.next_session else ""
    return Choice(page.pk, page.title, [part for part in (page.provider.name, place, year) if part])


def _prepare_schemes(found, today):
    return found.prefetch_related("funders")


def _scheme(page, today) -> Choice:
    funders = ", ".join(funder.name for funder in page.funders.all())
    return Choice(page.pk, page.title, [part for part in (funders, str(page.status_on(today).label)) if part])


def _prepare_providers(found, today):
    return found.select_related("commune").prefetch_related(
        Prefetch("solutions", queryset=Solution.objects.only("provider_id", "category"))
    )


def _provider(provider, today) -> Choice:
    order = list(SolutionCategory.values)
    categories = sorted({solution.category for solution in provider.solutions.all()}, key=order.index)
    labels = ", ".join(str(SolutionCategory(value).label) for value in categories)
    return Choice(provider.pk, provider.name, [part for part in (provider.commune.name, labels) if part])


# field: (all the items that may be chosen, how to read them, how to describe one, names searched, order)
SOURCES = {
    "trainings": (trainings, _prepare_trainings, _training, ("title", "provider__name"), ("title", "pk")),
    "schemes": (schemes, _prepare_schemes, _scheme, ("title",), ("title", "pk")),
    "providers": (providers, _prepare_providers, _provider, ("name",), ("name", "pk")),
}


def picker_groups(
    query: str, chosen: dict[str, list[int]], today: datetime.date | None = None
) -> list[Group]:
    """For each kind: the items already chosen (ticked), then up to PER_KIND others matching `query`
    by name (a training also by its provider's name)."""
    today = today or timezone.localdate()
    query = " ".join(query.split())
    groups = []
    for field, label in KINDS:
        base, prepare, describe, names, order = SOURCES[field]
        ids = chosen.get(field, [])
        picked = [
            describe(item, today) for item in prepare(base().filter(pk__in=ids), today).order_by(*order)
        ]
        for choice in picked:
            choice.chosen = True
        found, more = [], False
        if len(query) >= MIN_QUERY:
            match = Q()
            for name in names:
                match |= Q(**{f"{name}__icontains": query})
            matching = prepare(base().filter(match).exclude(pk__in=ids), today).order_by(*order)
            found = [describe(item, today) for item in matching[: PER_KIND + 1]]
            more = len(found) > PER_KIND
        groups.append(Group(field, label, picked + found[:PER_KIND], more))
    return groups


def chosen_ids(data) -> dict[str, list[int]]:
    """The ids ticked in a submitted picker (anything else is ignored here, refused by the form)."""
    return {
        field: [int(value) for value in data.getlist(field) if value.isdigit()] for field, _label in KINDS
    }
