"""The guichet's public statistics in /api/v1/guichet/ (counts under 5 hidden, as in the open data)."""

from ninja import Router, Schema

from django.http import HttpRequest

from guichet.diagnosis.statistics import level_counts
from guichet.models import AccompanimentRequest, Diagnosis
from guichet.selectors import open_data_follow_up_rows, open_data_rows

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
