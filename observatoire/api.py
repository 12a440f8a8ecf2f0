"""The observatory in /api/v1/observatoire/: the figures (live or frozen) and the snapshots."""

import datetime

from ninja import Router, Schema
from ninja.errors import HttpError

from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone

from observatoire import periods, registry, selectors
from observatoire.models import Snapshot
from portail.api.datasets import OPENAPI, QUARTERLY, Dataset, Distribution, register_dataset

router = Router(tags=["observatoire"])

register_dataset(
    Dataset(
        key="observatoire",
        title={"fr": "Observatoire du territoire numérique", "en": "Observatory of the digital territory"},
        description={
            "fr": "Indicateurs du guichet, de l'offre de formation, des financements, des lieux, des "
            "événements et du label, figés chaque trimestre ; effectifs inférieurs à 5 masqués.",
            "en": "Figures of the guichet, training offer, funding, places, events and label, frozen "
            "each quarter; counts under 5 hidden.",
        },
        frequency=QUARTERLY,
        distributions=[
            Distribution("/api/v1/observatoire/", "application/json", OPENAPI, "API v1"),
            Distribution("/api/v1/observatoire/instantanes/", "application/json", OPENAPI, "API v1"),
        ],
        keywords=["observatoire", "indicateurs", "numérique"],
        landing_page="/fr/observatoire/",
        modified=lambda: Snapshot.objects.aggregate(latest=Max("frozen_at"))["latest"],
    )
)


class Table(Schema):
    figure: str
    title: str
    theme: str
    columns: list[str]
    rows: list[list[str | int | float | None]]


class Figures(Schema):
    period: str
    period_label: str
    frozen_at: datetime.datetime | None
    commentary: str
    figures: list[Table]


class SnapshotItem(Schema):
    period: str
    starts_on: datetime.date
    ends_on: datetime.date
    frozen_at: datetime.datetime
    commentary: str


@router.get(
    "/",
    response=Figures,
    summary="The observatory's figures for a period",
    description=(
        '`periode`: a quarter ("2026-T3"), a year ("2026") or "tout"; the current quarter by default. '
        "A past period with a snapshot answers its frozen figures. Each figure's rows are its table "
        "(header first, total last); null: a count under 5, or a figure on fewer than 5 requests."
    ),
)
def figures(request: HttpRequest, periode: str = ""):
    today = timezone.localdate()
    period = periods.parse(periode, today) if periode else periods.quarter_of(today)
    if period is None:
        raise HttpError(400, "Unknown period: a quarter (2026-T3), a year (2026) or tout.")
    tables, snapshot = selectors.period_tables(period, today)
    return {
        "period": period.key,
        "period_label": period.label,
        "frozen_at": snapshot.frozen_at if snapshot else None,
        "commentary": snapshot.localized_commentary()[0] if snapshot else "",
        "figures": [
            _table(figure, selectors.shown(figure, tables[figure.key]).download_rows())
            for figure in registry.figures()
            if figure.key in tables
        ],
    }


def _table(figure, rows: list[list]) -> dict:
    header, *body = rows
    return {
        "figure": figure.key,
        "title": str(figure.title),
        "theme": figure.theme,
        "columns": header,
        "rows": body,
    }


@router.get("/instantanes/", response=list[SnapshotItem], summary="The frozen snapshots, newest first")
def snapshots(request: HttpRequest):
    return [
        {
            "period": snapshot.period,
            "starts_on": snapshot.starts_on,
            "ends_on": snapshot.ends_on,
            "frozen_at": snapshot.frozen_at,
            "commentary": snapshot.localized_commentary()[0],
        }
        for snapshot in Snapshot.objects.defer("figures")
    ]
