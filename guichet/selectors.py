"""Reads of the guichet: requests for tracking, partners' lists, statistics."""

import datetime
from collections import Counter
from statistics import median

from django.conf import settings
from django.utils import timezone

from catalogue.models import TrainingPage
from guichet import checklist, follow_up_figures, hand_over
from guichet.enums import Need, PartnerKind, Status
from guichet.models import AccompanimentRequest, Partner


def reference_from_token(token: str) -> str | None:
    return AccompanimentRequest.reference_from_token(token)


def request_for_tracking(reference: str) -> AccompanimentRequest | None:
    """The request its company may still see: not anonymised, nor closed for longer than the retention
    period (its link expires then, even before the anonymisation job has run)."""
    expired = timezone.now() - datetime.timedelta(days=settings.GUICHET_RETENTION_DAYS)
    return (
        AccompanimentRequest.objects.select_related("partner", "commune__epci", "taken_by")
        .filter(reference=reference, anonymised_at__isnull=True)
        .exclude(status__in=[Status.CLOSED, Status.WITHDRAWN], closed_at__lt=expired)
        .first()
    )


def public_timeline(request: AccompanimentRequest) -> list:
    return list(request.events.filter(internal=False).select_related("partner"))


def export_request(request: AccompanimentRequest) -> dict:
    fields = [
        "reference", "created_at", "kind", "siret", "being_created", "company_name", "sector", "headcount",
        "person_status", "age_band", "level", "goals", "needs", "description", "contact_name", "email",
        "phone", "preferred_channel", "language", "consent_text", "consent_method", "consent_at",
        "receipt_channel", "mediator_organisation", "status", "outcome", "contact_by", "closed_at",
        "satisfaction_rating", "satisfaction_solved",
    ]  # fmt: skip
    data = {name: getattr(request, name) for name in fields}
    data["training"] = request.training.title if request.training_id else ""
    data["scheme"] = request.scheme.title if request.scheme_id else ""
    data["documents"] = checklist.export(request)
    data["commune"] = request.commune.name
    data["partner"] = request.partner.name
    data["timeline"] = [
        {"at": event.at, "event": event.get_kind_display(), "message": event.message}
        for event in public_timeline(request)
    ]
    data["action_plan"] = [
        {"title": item.title, "url": item.url, "note": item.note} for item in request.action_plan.all()
    ]
    data["diagnosis"] = _export_diagnosis(request.diagnosis) if request.diagnosis_id else None
    data["parts"] = hand_over.export(request)
    return data | follow_up_figures.export(request)


def _export_diagnosis(diagnosis) -> dict:
    rows = diagnosis.rows()
    return {
        "made_at": diagnosis.created_at,
        "levels": {str(row["dimension"].label): row["level"] for row in rows},
        "answers": [
            {"question": str(question), "answer": str(answer)}
            for row in rows
            for question, answer in row["questions"]
        ],
    }


STATISTICS_FIELDS = [
    "status",
    "needs",
    "created_at",
    "taken_at",
    "routed_at",
    "partner__name",
    "commune__epci__short_name",
    "satisfaction_rating",
    "satisfaction_solved",
]


def statistics(requests) -> dict:
    """The CTM's dashboard figures, from any queryset of requests."""
    rows = list(requests.select_related("partner", "commune__epci").only(*STATISTICS_FIELDS))
    by_partner_delays = {}
    for row in rows:
        if row.taken_at:
            hours = (row.taken_at - row.routed_at).total_seconds() / 3600
            by_partner_delays.setdefault(row.partner.name, []).append(hours)
    ratings = {}
    for row in rows:
        if row.satisfaction_rating:
            ratings.setdefault(row.partner.name, []).append(row.satisfaction_rating)
    return {
        "total": len(rows),
        "by_status": Counter(row.get_status_display() for row in rows).most_common(),
        "by_partner": Counter(row.partner.name for row in rows).most_common(),
        "by_epci": Counter(row.commune.epci.short_name for row in rows).most_common(),
        "by_need": Counter(str(Need(need).label) for row in rows for need in row.needs).most_common(),
        "by_month": sorted(
            Counter(timezone.localtime(row.created_at).strftime("%Y-%m") for row in rows).items()
        ),
        "median_hours_to_take": sorted(
            (name, round(median(hours), 1), len(hours)) for name, hours in by_partner_delays.items()
        ),
        "satisfaction": sorted(
            (name, round(sum(values) / len(values), 1), len(values)) for name, values in ratings.items()
        ),
        "solved": Counter(row.satisfaction_solved for row in rows if row.satisfaction_solved is not None),
        "follow_up": follow_up_figures.statistics(requests),
    }


SMALL_COUNT = 5


def open_data_rows(requests) -> list[dict]:
    """Counts by month, EPCI, sector and status; counts under 5 are hidden ("<5") so that no company
    can be recognised."""
    from collections import Counter

    from django.utils import timezone

    counts = Counter(
        (timezone.localtime(created).strftime("%Y-%m"), epci, sector or "particulier", status)
        for created, epci, sector, status in requests.values_list(
            "created_at", "commune__epci__short_name", "sector", "status"
        )
    )
    return [
        {
            "mois": month,
            "epci": epci,
            "secteur": sector,
            "statut": status,
            "demandes": count if count >= SMALL_COUNT else f"<{SMALL_COUNT}",
        }
        for (month, epci, sector, status), count in sorted(counts.items())
    ]


def open_data_follow_up_rows(requests) -> list[dict]:
    """The check-ins' answers by year and round, counts under 5 hidden the same way."""
    return follow_up_figures.open_data_rows(requests, SMALL_COUNT)


def overdue_requests(today: datetime.date):
    """Requests nobody has taken in charge by the promised date (3 working days after routing)."""
    return (
        AccompanimentRequest.objects.filter(status=Status.ROUTED, contact_by__lt=today)
        .select_related("partner")
        .order_by("contact_by", "pk")
    )


def programme_for_request(value) -> object | None:
    """The live training programme a request is about (`?formation=<page id>`), or None."""
    if not str(value).isdigit():
        return None
    return TrainingPage.objects.live().filter(pk=int(value)).first()


def phone_to_call(request: AccompanimentRequest) -> str:
    """The number to call about the request: its partner's; for an individual without one, the CTM's
    (its orientation service first), so that a printed receipt always has a number."""
    if request.partner.phone or not request.is_individual:
        return request.partner.phone
    for kind in (PartnerKind.ORIENTATION, PartnerKind.CTM):
        phone = Partner.objects.filter(kind=kind).exclude(phone="").values_list("phone", flat=True).first()
        if phone:
            return phone
    return ""


def filed_by(user):
    """The requests a mediator filed for people, most recent first (their receipts can be reprinted)."""
    return (
        AccompanimentRequest.objects.filter(filed_by=user, anonymised_at__isnull=True)
        .select_related("partner", "commune")
        .order_by("-created_at")
    )
