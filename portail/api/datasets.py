"""The registry of the datasets the portal publishes, for the DCAT-AP catalogue
(/api/v1/catalogue.jsonld, portail/api/dcat.py). Each app registers its own from its api.py
(`register_dataset`); a later registration with the same key replaces the earlier one."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils import timezone

from wagtail.models import PageLogEntry

# The EU frequency vocabulary (DCAT-AP dct:accrualPeriodicity).
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
DAILY, WEEKLY, MONTHLY, QUARTERLY = (FREQUENCY + name for name in ("DAILY", "WEEKLY", "MONTHLY", "QUARTERLY"))

# What a distribution conforms to (dct:conformsTo).
OPENAPI = "/api/v1/openapi.json"  # the site's own description (a path: made absolute in the catalogue)
LHEO = "https://lheo.gouv.fr/langage"
PLACES_SCHEMA = "https://schema.data.gouv.fr/LaMednum/standard-mediation-num/"
AIDES_TERRITOIRES = "https://aides-territoires.beta.gouv.fr/api/"
ICALENDAR = "https://www.rfc-editor.org/rfc/rfc5545"
RFC_4180 = "https://www.rfc-editor.org/rfc/rfc4180"


@dataclass(frozen=True)
class Distribution:
    url: str | Callable[[], str | None]  # a path on the site, or what gives it (None: not published now)
    media_type: str
    conforms_to: str
    title: str = ""


@dataclass(frozen=True)
class Dataset:
    key: str
    title: dict[str, str]  # by language: fr and en
    description: dict[str, str]
    frequency: str
    distributions: list[Distribution] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    landing_page: str = ""  # a path on the site
    modified: Callable[[], datetime.datetime | datetime.date | None] = lambda: None


_DATASETS: dict[str, Dataset] = {}


def register_dataset(dataset: Dataset) -> None:
    _DATASETS[dataset.key] = dataset


def datasets() -> list[Dataset]:
    return list(_DATASETS.values())


PUBLISHING = ("wagtail.publish", "wagtail.unpublish", "wagtail.delete", "wagtail.move")


def latest_publication(model) -> Callable[[], datetime.datetime | None]:
    """For `modified`: when the model's public pages last changed — the latest publication, or
    unpublication, move or deletion in Wagtail's log (a page gone changes the dataset too)."""

    def modified():
        logged = PageLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model), action__in=PUBLISHING
        ).aggregate(latest=Max("timestamp"))["latest"]
        published = model.objects.live().aggregate(latest=Max("last_published_at"))["latest"]
        return max(filter(None, (logged, published)), default=None)

    return modified


def start_of_today() -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time()))


def or_today(modified: Callable) -> Callable[[], datetime.datetime | None]:
    """For a dataset that also changes with the date (upcoming sessions): at least midnight today."""
    return lambda: max(filter(None, (modified(), start_of_today())))
