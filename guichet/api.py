"""The guichet's public statistics in /api/v1/guichet/ (counts under 5 hidden, as in the open data)."""

from ninja import Router, Schema

from django.http import HttpRequest

from guichet.diagnosis.statistics import level_counts
from guichet.models import AccompanimentRequest, Diagnosis
from guichet.selectors import open_data_follow_up_rows, open_data_rows
from portail.api.datasets import DAILY, OPENAPI, RFC_4180, Dataset, Distribution, register_dataset

router = Router(tags=["guichet"])


class MonthlyCount(Schema):
    mois: str
    epci: str | None
    secteur: str
    statut: str
    demandes: int | str


class LevelCount(Schema):
    dimension: str
    niveau: int
    diagnostics: int | str


class FollowUpCount(Schema):
    annee: int
    mois_apres_cloture: int
    reponses: int | str
    demarche_faite: int | str
    obtenu: int | str
    realise: int | str


class Statistics(Schema):
    results: list[MonthlyCount]
    diagnostics: list[LevelCount]
    suivi: list[FollowUpCount]


@router.get(
    "/statistiques/",
    response=Statistics,
    summary="Accompaniment requests by month, EPCI, sector and status; self-diagnosis levels; follow-up",
    description='A count under 5 is given as "<5".',
)
def statistics(request: HttpRequest):
    requests = AccompanimentRequest.objects.all()
    return {
        "results": open_data_rows(requests),
        "diagnostics": level_counts(Diagnosis.objects.all()),
        "suivi": open_data_follow_up_rows(requests),
    }


# No modification date: the date of the latest request would say more than the counts do.
register_dataset(
    Dataset(
        key="guichet-statistiques",
        title={"fr": "Statistiques du guichet numérique", "en": "Statistics of the digital guichet"},
        description={
            "fr": "Demandes d'accompagnement par mois, EPCI, secteur et statut ; niveaux des "
            "autodiagnostics ; suivi. Comptes inférieurs à 5 masqués.",
            "en": "Accompaniment requests by month, EPCI, sector and status; self-diagnosis levels; "
            "follow-up. Counts under 5 hidden.",
        },
        frequency=DAILY,
        distributions=[
            Distribution("/api/guichet/statistiques.csv", "text/csv", RFC_4180, "CSV"),
            Distribution("/api/v1/guichet/statistiques/", "application/json", OPENAPI, "API v1"),
        ],
        keywords=["guichet", "statistiques", "accompagnement"],
        landing_page="/fr/guichet/",
    )
)
