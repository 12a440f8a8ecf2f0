"""The partner space's list: the requests a member may see, filtered and sorted as the form asks, each
with its overdue flag. The same queryset feeds the page and the CSV export."""

import datetime

from django.db.models import BooleanField, Case, Q, QuerySet, Value, When
from django.utils import timezone

from guichet.enums import Goal, Need, Status
from guichet.permissions import visible_requests

OPEN = [Status.ROUTED, Status.IN_PROGRESS, Status.WAITING]
ORDERS = {
    "oldest": ["created_at", "pk"],
    "deadline": ["contact_by", "created_at", "pk"],
    "commune": ["commune__name", "-created_at", "-pk"],
}


def overdue_condition(today: datetime.date) -> Q:
    """Not taken in charge by the promised date (3 working days after routing), as the reminders and
    selectors.overdue_requests count it: once taken in charge, the promise of a contact is kept."""
    return Q(status=Status.ROUTED, contact_by__lt=today)


def is_overdue(request, today: datetime.date | None = None) -> bool:
    """The same rule as overdue_condition, for one request."""
    return request.status == Status.ROUTED and request.contact_by < (today or timezone.localdate())


def listed_requests(user, data: dict | None, today: datetime.date | None = None) -> QuerySet:
    """`data`: the cleaned data of a valid PartnerFilterForm, or None (no filter)."""
    today = today or timezone.localdate()
    overdue = overdue_condition(today)
    requests = (
        visible_requests(user)
        .select_related("partner", "commune", "taken_by")
        .annotate(
            is_overdue=Case(
                When(overdue, then=Value(True)), default=Value(False), output_field=BooleanField()
            )
        )
    )
    data = data or {}
    status = data.get("statut")
    if status == "open":
        requests = requests.filter(status__in=OPEN)
    elif status == "overdue":
        requests = requests.filter(overdue)
    elif status:
        requests = requests.filter(status=status)
    if data.get("besoin"):
        requests = requests.filter(needs__icontains=data["besoin"])
    if data.get("commune"):
        requests = requests.filter(commune=data["commune"])
    if data.get("partenaire"):
        requests = requests.filter(partner=data["partenaire"])
    if text := " ".join((data.get("q") or "").split()):
        requests = requests.filter(
            Q(reference__icontains=text) | Q(company_name__icontains=text) | Q(contact_name__icontains=text)
        )
    now = timezone.now()
    if data.get("age") in ("7", "30"):
        requests = requests.filter(created_at__gte=now - datetime.timedelta(days=int(data["age"])))
    elif data.get("age") == "older":
        requests = requests.filter(created_at__lt=now - datetime.timedelta(days=30))
    return requests.order_by(*ORDERS.get(data.get("tri"), ["-created_at", "-pk"]))


def need_labels(request) -> list[str]:
    """What the request is about, in words: a company's needs, or an individual's wishes."""
    if request.is_individual:
        return [str(Goal(goal).label) for goal in request.goals]
    return [str(Need(need).label) for need in request.needs]
