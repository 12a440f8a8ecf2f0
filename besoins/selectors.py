"""Reads of buyers' needs: which providers a need reaches, what a provider and a buyer see."""

from django.conf import settings
from django.db.models import BooleanField, Case, Exists, OuterRef, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone

from besoins.enums import NeedStatus
from besoins.models import Need, NeedNotification, Proposal, Question
from label.enums import ApplicationStatus
from label.models import Provider, Solution


def matching_providers(need: Need, *, cap: int | None = None, today=None) -> list[Provider]:
    """Providers with a solution in the need's category, not yet told: labelled (valid label) first,
    then the others, each group by name; at most `cap` (BUYER_NEED_NOTIFY_CAP)."""
    cap = settings.BUYER_NEED_NOTIFY_CAP if cap is None else cap
    today = today or timezone.localdate()
    labelled = Q(current_label__status=ApplicationStatus.APPROVED, current_label__valid_until__gte=today)
    providers = (
        Provider.objects.filter(
            Exists(Solution.objects.filter(provider=OuterRef("pk"), category=need.category))
        )
        .exclude(Exists(NeedNotification.objects.filter(need=need, provider=OuterRef("pk"))))
        .annotate(labelled=Case(When(labelled, then=Value(True)), default=False, output_field=BooleanField()))
        .select_related("user")
        .order_by("-labelled", "name", "pk")
    )
    return list(providers[:cap])


def provider_categories(provider: Provider) -> set[str]:
    return set(provider.solutions.values_list("category", flat=True))


def needs_for_provider(provider: Provider) -> QuerySet:
    """Published needs in the provider's categories, and any need it answered (closed ones too)."""
    mine = Proposal.objects.filter(need=OuterRef("pk"), provider=provider)
    return (
        Need.objects.filter(
            Q(status=NeedStatus.PUBLISHED, category__in=provider_categories(provider)) | Q(Exists(mine))
        )
        .annotate(answered=Exists(mine))
        .select_related("commune")
        .order_by("deadline", "pk")
    )


def visible_need(provider: Provider, pk: int) -> Need | None:
    """A need a provider may open: published, or one it answered."""
    mine = Proposal.objects.filter(need=OuterRef("pk"), provider=provider)
    return (
        Need.objects.filter(Q(status=NeedStatus.PUBLISHED) | Q(Exists(mine)), pk=pk)
        .select_related("commune")
        .first()
    )


def own_proposal(need: Need, provider: Provider) -> Proposal | None:
    return (
        Proposal.objects.filter(need=need, provider=provider)
        .prefetch_related(Prefetch("questions", queryset=Question.objects.all()))
        .first()
    )


def proposals_side_by_side(need: Need, today=None) -> list[Proposal]:
    """Every proposal of a need with its provider and questions, labelled providers first (buyer's page)."""
    today = today or timezone.localdate()
    labelled = Q(
        provider__current_label__status=ApplicationStatus.APPROVED,
        provider__current_label__valid_until__gte=today,
    )
    return list(
        need.proposals.select_related("provider__commune")
        .annotate(labelled=Case(When(labelled, then=Value(True)), default=False, output_field=BooleanField()))
        .prefetch_related("questions")
        .order_by("-labelled", "created_at", "pk")
    )


def pending_needs() -> QuerySet:
    return (
        Need.objects.filter(status=NeedStatus.PENDING).select_related("commune").order_by("created_at", "pk")
    )
