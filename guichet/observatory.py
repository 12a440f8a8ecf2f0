"""The guichet's figures in the observatory (observatoire.registry): requests by EPCI, sector, need and
month; delays against the 3-working-day promise per partner; outcomes; check-ins; self-diagnoses; the
funding requests asked for. Each is one or two aggregate queries; counts of companies and people are
`sensitive` (suppressed under 5)."""

import datetime

from django.db.models import Avg, Count, Q
from django.db.models.functions import TruncMonth
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from guichet.diagnosis.questions import DIMENSION_BY_KEY, DIMENSIONS, LEVELS
from guichet.diagnosis.statistics import raw_level_counts
from guichet.enums import Need, Outcome, Sector, Status
from guichet.models import AccompanimentRequest, CheckIn, Diagnosis
from guichet.workdays import working_days_between
from observatoire.figures import (
    COUNT,
    DAYS,
    PERCENT,
    RATING,
    TOTAL,
    Column,
    Figure,
    Theme,
    choice_label,
    median_of,
    percentile_90,
)
from observatoire.registry import register, register_theme
from portail.models import EPCI

REQUESTS = Column("requests", _("Requests"), COUNT, sensitive=True)
INDIVIDUALS = ""  # the sector of a request from an individual


def _requests(period):
    return period.filter(AccompanimentRequest.objects.all(), "created_at")


def by_epci(period, today):
    counts = dict(
        _requests(period).values_list("commune__epci__short_name").annotate(n=Count("pk")).order_by()
    )
    return [
        (name, [counts.get(name, 0)])
        for name in EPCI.objects.order_by("short_name").values_list("short_name", flat=True)
    ]


def by_sector(period, today):
    counts = dict(_requests(period).values_list("sector").annotate(n=Count("pk")).order_by())
    return [(key, [counts.get(key, 0)]) for key in [*Sector.values, INDIVIDUALS]]


def by_need(period, today):
    counts = {}
    for needs in _requests(period).values_list("needs", flat=True):
        for need in needs:
            counts[need] = counts.get(need, 0) + 1
    return [(key, [counts.get(key, 0)]) for key in Need.values]


def by_month(period, today):
    rows = (
        _requests(period)
        .annotate(month=TruncMonth("created_at"))
        .values_list("month")
        .annotate(n=Count("pk"))
    )
    return [(month.strftime("%Y-%m"), [count]) for month, count in rows.order_by("month")]


def month_label(key: str) -> str:
    year, month = key.split("-")
    return formats.date_format(datetime.date(int(year), int(month), 1), "YEAR_MONTH_FORMAT")


def delays(period, today):
    """Per partner: requests routed in the period; working days to take them in charge (median, 90th
    percentile), the share taken by the promised day, and days to close (median, 90th percentile)."""
    rows = period.filter(AccompanimentRequest.objects.all(), "routed_at").values_list(
        "partner__name", "routed_at", "taken_at", "contact_by", "closed_at", "status"
    )
    partners = {}
    for name, routed, taken, contact_by, closed, status in rows:
        partners.setdefault(name, []).append((routed, taken, contact_by, closed, status))
    lines = [(name, _delay_values(items, today)) for name, items in sorted(partners.items())]
    every = [item for items in partners.values() for item in items]
    return [*lines, (TOTAL, _delay_values(every, today))] if every else lines


def _delay_values(items, today) -> list:
    to_take, to_close, due, kept = [], [], 0, 0
    for routed, taken, contact_by, closed, status in items:
        if taken is not None:
            to_take.append(working_days_between(timezone.localdate(routed), timezone.localdate(taken)))
        if taken is not None or contact_by < today:  # the promise fell due
            due += 1
            kept += taken is not None and timezone.localdate(taken) <= contact_by
        if closed is not None and status == Status.CLOSED:
            to_close.append((closed - routed).total_seconds() / 86400)
    share = round(100 * kept / due) if due else None
    return [
        len(items),
        median_of(to_take),
        percentile_90(to_take),
        share,
        median_of(to_close),
        percentile_90(to_close),
    ]


def outcomes(period, today):
    rows = (
        period.filter(AccompanimentRequest.objects.all(), "closed_at")
        .filter(status__in=[Status.CLOSED, Status.WITHDRAWN])
        .values_list("outcome", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {}
    for outcome, status, count in rows:
        key = Status.WITHDRAWN.value if status == Status.WITHDRAWN else outcome
        counts[key] = counts.get(key, 0) + count
    keys = [*Outcome.values, Status.WITHDRAWN.value, *([""] if "" in counts else [])]
    return [(key, [counts.get(key, 0)]) for key in keys]


CHECK_IN_COUNTS = {
    "answered": Count("pk"),
    "applied": Count("pk", filter=Q(applied=True)),
    "obtained": Count("pk", filter=Q(obtained=True)),
    "delivered": Count("pk", filter=Q(delivered=True)),
    "rating": Avg("rating"),
}


def check_ins(period, today):
    answered = period.filter(CheckIn.objects.filter(answered_at__isnull=False), "answered_at")
    rows = answered.values("months").annotate(**CHECK_IN_COUNTS).order_by("months")
    total = answered.aggregate(**CHECK_IN_COUNTS)
    lines = [(str(row["months"]), _check_in_values(row)) for row in rows]
    return [*lines, (TOTAL, _check_in_values(total))] if lines else lines


def _check_in_values(row) -> list:
    rating = round(row["rating"], 1) if row["rating"] is not None else None
    return [row["answered"], row["applied"], row["obtained"], row["delivered"], rating]


def diagnosis_levels(period, today):
    counts = raw_level_counts(period.filter(Diagnosis.objects.all(), "created_at"))
    return [
        (dimension.key, [counts[(dimension.key, number)] for number, _label, _meaning in LEVELS])
        for dimension in DIMENSIONS
    ]


def funding_asked(period, today):
    """Requests about a funding scheme (by its title), or ticking "funding" without naming one."""
    counts = {}
    for title, needs in _requests(period).values_list("scheme__title", "needs"):
        if title or Need.FUNDING in needs:
            counts[title or ""] = counts.get(title or "", 0) + 1
    return sorted(((key, [count]) for key, count in counts.items()), key=lambda row: (-row[1][0], row[0]))


def _dimension_label(key: str) -> str:
    return str(DIMENSION_BY_KEY[key].label) if key in DIMENSION_BY_KEY else key


def register_figures() -> None:
    register_theme(Theme("guichet", _("The guichet unique: requests for help"), order=10))
    register_theme(Theme("financements", _("Funding"), order=30))
    received = _("Requests received in the period (companies and individuals).")
    register(
        Figure("demandes-epci", "guichet", _("Requests by EPCI"), received, _("EPCI"), (REQUESTS,), by_epci),
        Figure(
            "demandes-secteur", "guichet", _("Requests by sector"), received, _("Sector"), (REQUESTS,),
            by_sector,
            label=choice_label(Sector, **{INDIVIDUALS: _("Individuals (no company)")}),
        ),
        Figure(
            "demandes-besoin", "guichet", _("Requests by need"),
            _("Needs ticked in the requests received in the period; a request may tick several."),
            _("Need"), (REQUESTS,), by_need, label=choice_label(Need), summed=False,
        ),
        Figure(
            "demandes-mois", "guichet", _("Requests by month"), received, _("Month"), (REQUESTS,), by_month,
            label=month_label,
        ),
        Figure(
            "delais-partenaire", "guichet", _("Time to take charge and to close, by partner"),
            _("Requests sent to a partner in the period. The promise: a call within 3 working days."),
            _("Partner"),
            (
                REQUESTS,
                Column("take-median", _("Working days to take charge (median)"), DAYS),
                Column("take-p90", _("Working days to take charge (90th percentile)"), DAYS),
                Column("promise-kept", _("Taken in charge within the promise"), PERCENT),
                Column("close-median", _("Days to close (median)"), DAYS),
                Column("close-p90", _("Days to close (90th percentile)"), DAYS),
            ),
            delays, charted=("take-median", "take-p90"),
        ),
        Figure(
            "issues", "guichet", _("Outcomes of the closed requests"), _("Requests closed in the period."),
            _("Outcome"), (REQUESTS,), outcomes,
            label=choice_label(Outcome, withdrawn=_("Withdrawn"), **{"": _("No outcome given")}),
        ),
        Figure(
            "suivi", "guichet", _("Follow-up: what companies say 3 and 6 months after closure"),
            _("Answers to the check-in e-mails received in the period."),
            _("Check-in"),
            (
                Column("answered", _("Answers"), COUNT, sensitive=True),
                Column("applied", _("Applied for what was planned"), COUNT, sensitive=True),
                Column("obtained", _("Obtained it"), COUNT, sensitive=True),
                Column("delivered", _("Training followed or work delivered"), COUNT, sensitive=True),
                Column("rating", _("Satisfaction (average out of 5)"), RATING),
            ),
            check_ins, label=lambda key: str(_("%(months)s months after closure") % {"months": key}),
            charted=("answered", "applied", "obtained"),
        ),
        Figure(
            "autodiagnostic", "guichet", _("Self-diagnoses: level reached in each dimension"),
            _("Self-diagnoses made in the period, by dimension and level (1 to 4)."),
            _("Dimension"),
            tuple(Column(f"niveau-{number}", label, COUNT, sensitive=True) for number, label, _m in LEVELS),
            diagnosis_levels, label=_dimension_label,
            summed=False, charted=tuple(f"niveau-{number}" for number, _l, _m in LEVELS),
        ),
        Figure(
            "financements-demandes", "financements", _("What requests asked for: funding"),
            _(
                "Requests received in the period about a funding scheme, or asking for funding without "
                "naming one."
            ),
            _("Funding scheme"), (REQUESTS,), funding_asked,
            label=lambda key: key or str(_("Funding, no scheme named")),
        ),
    )  # fmt: skip
