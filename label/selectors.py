"""Reads of the label: the directory, the verification page, the open-data registry.

`labelled_providers` is the one answer to "which providers hold a valid label": the directory,
the registry, the guichet's action plan and the search index all use it.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max, Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone, translation

from label.enums import ApplicationStatus, SolutionCategory
from label.models import CharterSignatory, LabelApplication, Provider, Solution


def valid_providers(today: datetime.date | None = None) -> QuerySet:
    """Providers whose current label is approved and not expired."""
    today = today or timezone.localdate()
    return Provider.objects.filter(
        current_label__status=ApplicationStatus.APPROVED, current_label__valid_until__gte=today
    )


@dataclass
class LabelledProvider:
    provider: Provider
    description: str
    description_language: str  # "fr" when the provider did not translate it
    solutions: list
    categories: list  # category values, in the order of SolutionCategory

    @property
    def category_labels(self) -> list[str]:
        return [str(SolutionCategory(value).label) for value in self.categories]


def labelled_providers(*, category: str = "", commune=None, today=None) -> list[LabelledProvider]:
    """Valid labelled providers with their solutions, in the current language (3 queries)."""
    providers = (
        valid_providers(today)
        .select_related("commune", "current_label")
        .prefetch_related(Prefetch("solutions", queryset=Solution.objects.order_by("name")))
        .order_by("name")
    )
    if category:
        providers = providers.filter(solutions__category=category).distinct()
    if commune:
        providers = providers.filter(commune=commune)
    order = list(SolutionCategory.values)
    result = []
    for provider in providers:
        solutions = list(provider.solutions.all())
        description, language = provider.localized_description
        categories = sorted({solution.category for solution in solutions}, key=order.index)
        result.append(LabelledProvider(provider, description, language, solutions, categories))
    return result


def buyers_meetings(limit: int = 3) -> tuple[list, str]:
    """The next buyers' workshops and buyer/provider fairs (action #16), and the events listing showing
    them all ("" when the site has no events page)."""
    from wagtail.models import Locale

    from evenements.enums import EventKind
    from evenements.models import EventIndexPage
    from evenements.selectors import filter_events, published_events

    events = filter_events(published_events(), kinds=[EventKind.BUYERS_MEETING])[:limit]
    indexes = EventIndexPage.objects.live().filter(locale__in=[Locale.get_active(), Locale.get_default()])
    index = min(indexes, key=lambda page: page.locale_id != Locale.get_active().pk, default=None)
    listing = f"{index.url}?type={EventKind.BUYERS_MEETING}" if index else ""
    return events, listing


def directory_communes(today=None) -> list:
    """The communes where labelled providers are, for the directory's filter."""
    from portail.models import Commune

    return list(Commune.objects.filter(pk__in=valid_providers(today).values("commune")).order_by("name"))


def canonical_code(code: str) -> str:
    """A label code as printed ("PLN-ABC234") from what a visitor typed: case, spaces and a missing
    hyphen do not matter."""
    code = "".join(code.split()).upper()
    if code.startswith("PLN") and not code.startswith("PLN-"):
        code = "PLN-" + code[3:]
    return code


def provider_for_code(code: str) -> Provider | None:
    return (
        Provider.objects.select_related("current_label", "commune")
        .filter(label_code=code, current_label__isnull=False)
        .first()
    )


def verify_url(code: str, language: str = "fr") -> str:
    """The stable public address of a label's verification page (French by default: open data)."""
    with translation.override(language):
        return settings.SITE_URL + reverse("label:verify", args=[code])


def registry_rows(today=None) -> list[dict]:
    """The open-data registry: one row per valid label."""
    return [
        {
            "name": item.provider.name,
            "siret": item.provider.siret,
            "commune": item.provider.commune.name,
            "categories": item.categories,
            "code": item.provider.label_code,
            "status": "valid",
            "valid_until": item.provider.current_label.valid_until.isoformat(),
            "verify_url": verify_url(item.provider.label_code),
        }
        for item in labelled_providers(today=today)
    ]


def registry_modified(today=None) -> datetime.datetime | None:
    """When the registry last changed: a decision, a revocation, a provider's details (any
    provider: at worst a reuser downloads it again), or a label expiring (at midnight after)."""
    today = today or timezone.localdate()
    moments = LabelApplication.objects.aggregate(decided=Max("decided_at"), revoked=Max("revoked_at"))
    moments["provider"] = Provider.objects.aggregate(latest=Max("updated_at"))["latest"]
    expired = LabelApplication.objects.filter(valid_until__lt=today).aggregate(latest=Max("valid_until"))
    if expired["latest"]:
        midnight = datetime.datetime.combine(expired["latest"] + datetime.timedelta(days=1), datetime.time())
        moments["expired"] = timezone.make_aware(midnight)
    return max(filter(None, moments.values()), default=None)


def signatories() -> QuerySet:
    return CharterSignatory.objects.all()


def export_provider(provider: Provider) -> dict:
    """Everything the portal holds about a provider and its applications (right of access)."""
    fields = ["name", "siret", "team_size", "website", "description", "description_en", "description_es",
              "language", "label_code", "created_at", "updated_at"]  # fmt: skip
    data = {name: getattr(provider, name) for name in fields}
    data["account"] = provider.user.email
    data["commune"] = provider.commune.name
    data["solutions"] = list(provider.solutions.values("name", "category", "description", "references"))
    data["applications"] = [
        {
            "status": application.status,
            "created_at": application.created_at,
            "submitted_at": application.submitted_at,
            "charter_accepted_at": application.charter_accepted_at,
            "valid_from": application.valid_from,
            "valid_until": application.valid_until,
            "answers": [
                {"criterion": answer.criterion.text, "answer": answer.answer}
                for answer in application.answers.all()
            ],
            "evidence": [item.original_name for item in application.evidence.all()],
            "timeline": [
                {"at": event.at, "event": event.get_action_display(), "message": event.message}
                for event in application.events.all()
            ],
        }
        for application in provider.applications.prefetch_related("answers__criterion", "evidence", "events")
    ]
    return data


def applications_to_review():
    """Applications a reviewer should open: submitted, or being reviewed, oldest first."""
    return (
        LabelApplication.objects.filter(
            status__in=[ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW]
        )
        .select_related("provider")
        .order_by("submitted_at", "pk")
    )
