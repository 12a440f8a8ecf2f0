"""The plan suggested for a diagnosis' weak dimensions: funding schemes (with the finder's reasons),
trainings, labelled local providers; then places and workshops near the company's commune."""

import datetime
import functools
from dataclasses import dataclass, field
from operator import or_

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Locale

from catalogue.enums import Audience
from catalogue.models import TrainingPage
from catalogue.selectors import localize_programmes
from evenements.enums import EventAudience, EventKind
from evenements.selectors import published_events
from financements.eligibility import Profile, find_schemes
from financements.enums import Beneficiary
from financements.selectors import guide_for_language, guide_schemes
from guichet.diagnosis.questions import DIMENSION_BY_KEY, Dimension
from guichet.diagnosis.scoring import weak_dimensions
from label.selectors import valid_providers
from lieux.models import PlacePage
from lieux.selectors import nearest_first
from portail.selectors import localized_pages

PER_KIND = 3  # suggestions of each kind per dimension
MAX_CANDIDATES = 50  # programmes matching a dimension's keywords, sorted in Python
INITIAL_EDUCATION = {Audience.PUPILS, Audience.STUDENTS}
FOR_COMPANIES = {Audience.BUSINESS_OWNERS, Audience.EMPLOYEES, Audience.ADULTS, Audience.EVERYONE}
WORKSHOP_KINDS = (EventKind.WORKSHOP, EventKind.SHORT_COURSE, EventKind.WEBINAR, EventKind.DROP_IN)


@dataclass
class DimensionPlan:
    dimension: Dimension
    level: int
    schemes: list = field(default_factory=list)  # financements.eligibility.Assessment
    trainings: list = field(default_factory=list)
    providers: list = field(default_factory=list)


@dataclass
class Plan:
    dimensions: list
    places: list
    events: list

    @property
    def is_empty(self) -> bool:
        return not self.dimensions


def suggested_plan(diagnosis, locale: Locale | None = None, today: datetime.date | None = None) -> Plan:
    """Suggestions for each weak dimension only; places and workshops when one dimension is weak."""
    locale = locale or Locale.get_active()
    today = today or timezone.localdate()
    weak = weak_dimensions(diagnosis.levels)
    if not weak:
        return Plan([], [], [])
    guide = guide_for_language(locale.language_code)
    schemes = guide_schemes(guide, locale, today) if guide else []
    if diagnosis.commune is None:  # no commune: only the schemes open everywhere can be checked
        schemes = [s for s in schemes if not s.epcis.all() and not s.communes.all()]
    dimensions = []
    for key in weak:
        dimension = DIMENSION_BY_KEY[key]
        dimensions.append(
            DimensionPlan(
                dimension,
                diagnosis.levels[key],
                schemes=matching_schemes(schemes, dimension, diagnosis, today),
                trainings=matching_trainings(dimension, locale),
                providers=matching_providers(dimension, diagnosis.commune, today),
            )
        )
    return Plan(dimensions, nearby_places(diagnosis.commune, locale), workshops(diagnosis.commune, locale))


def matching_schemes(schemes, dimension: Dimension, diagnosis, today) -> list:
    """The schemes the finder matches for a very small business of this sector and commune, with a
    project of the dimension's type; only those that name the kinds of projects they fund."""
    profile = Profile(Beneficiary.TPE, diagnosis.sector, diagnosis.commune, dimension.project)
    matches, _near_misses = find_schemes([s for s in schemes if s.project_types], profile, today)
    return matches[:PER_KIND]


def matching_trainings(dimension: Dimension, locale: Locale) -> list:
    """Live programmes whose French title or summary holds one of the dimension's keywords, except
    those for pupils and students only; those for companies' people first, then courses before
    diplomas (lowest level first), then the shortest."""
    words = functools.reduce(
        or_, (Q(title__icontains=word) | Q(summary__icontains=word) for word in dimension.training_keywords)
    )
    found = [
        page
        for page in TrainingPage.objects.live()
        .filter(words, locale=Locale.get_default())
        .select_related("provider", "commune")
        .order_by("title")[:MAX_CANDIDATES]
        if not page.audiences or set(page.audiences) - INITIAL_EDUCATION
    ]
    found.sort(
        key=lambda page: (
            not set(page.audiences) & FOR_COMPANIES,
            page.exit_level or 0,
            page.duration_hours is None,
            page.duration_hours or 0,
        )
    )
    return localize_programmes(found[:PER_KIND], locale)


def matching_providers(dimension: Dimension, commune, today) -> list:
    """Labelled providers offering a solution of the dimension's categories, those of the commune first."""
    providers = (
        valid_providers(today)
        .filter(solutions__category__in=dimension.provider_categories)
        .select_related("commune")
        .distinct()
        .order_by("name")
    )
    found = list(providers)
    if commune is not None:
        found.sort(key=lambda provider: provider.commune_id != commune.pk)
    return found[:PER_KIND]


def nearby_places(commune, locale: Locale) -> list:
    """The three places of the map nearest to the commune (none asked: none shown)."""
    if commune is None:
        return []
    french = PlacePage.objects.live().filter(locale=Locale.get_default()).select_related("commune")
    nearest = nearest_first(list(french), commune.latitude, commune.longitude)[:PER_KIND]
    distances = {place.translation_key: place.distance for place in nearest}
    shown = localized_pages(nearest, locale)
    for place in shown:
        place.distance = distances[place.translation_key]
    return shown


def workshops(commune, locale: Locale) -> list:
    """Upcoming workshops for businesses: online ones, and those in the commune's intercommunality
    when a commune is given."""
    found = []
    for event in published_events(locale):
        if event.kind not in WORKSHOP_KINDS or EventAudience.BUSINESSES not in event.audiences:
            continue
        where = event.commune or (event.place.commune if event.place_id else None)
        near = commune is None or (where is not None and where.epci_id == commune.epci_id)
        if near or event.kind == EventKind.WEBINAR:
            found.append(event)
    return found[:PER_KIND]
