"""The training catalogue in /api/v1/catalogue/: the published programmes and their upcoming sessions."""

import datetime
from decimal import Decimal

from ninja import Router, Schema
from ninja.pagination import paginate

from django.http import HttpRequest
from django.utils import timezone

from catalogue.models import TrainingPage
from catalogue.selectors import published_programmes
from portail.api.datasets import (
    DAILY,
    LHEO,
    OPENAPI,
    Dataset,
    Distribution,
    latest_publication,
    or_today,
    register_dataset,
)
from portail.api.http import set_last_modified
from portail.api.pagination import LinkedPagination

router = Router(tags=["catalogue"])


class Session(Schema):
    start_date: datetime.date
    end_date: datetime.date | None
    seats: int | None
    registration_status: str


class Programme(Schema):
    title: str
    provider: str
    provider_siret: str
    exit_level: int | None
    certification_code: str
    domain: str
    modality: str
    duration_hours: int | None
    cost_eur: Decimal | None
    lheo_id: str
    next_start: datetime.date | None
    sessions: list[Session]
    url: str

    @staticmethod
    def resolve_provider(page) -> str:
        return page.provider.name

    @staticmethod
    def resolve_provider_siret(page) -> str:
        return page.provider.siret

    @staticmethod
    def resolve_sessions(page) -> list:
        return page.upcoming

    @staticmethod
    def resolve_url(page, context) -> str:
        return context["request"].build_absolute_uri(page.url)


@router.get(
    "/formations/",
    response=list[Programme],
    summary="Published training programmes, with their upcoming sessions",
    description="Also in the LHEO standard: /api/catalogue/lheo.xml.",
)
@paginate(LinkedPagination)
def programmes(request: HttpRequest):
    set_last_modified(request, or_today(latest_publication(TrainingPage))())
    return published_programmes(timezone.localdate())


register_dataset(
    Dataset(
        key="formations",
        title={
            "fr": "Offre de formation au numérique en Martinique",
            "en": "Digital training offer in Martinique",
        },
        description={
            "fr": "Les formations publiées et leurs sessions à venir, au format LHEO et en JSON.",
            "en": "The published training programmes and their upcoming sessions, in LHEO and JSON.",
        },
        frequency=DAILY,
        distributions=[
            Distribution("/api/catalogue/lheo.xml", "application/xml", LHEO, "LHEO 2.3"),
            Distribution("/api/v1/catalogue/formations/", "application/json", OPENAPI, "API v1"),
        ],
        keywords=["formation", "numérique", "LHEO"],
        landing_page="/fr/formations/",
        modified=or_today(latest_publication(TrainingPage)),
    )
)
