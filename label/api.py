"""The label's registry in /api/v1/label/: the valid labels, as in the open-data file."""

import datetime

from ninja import Router, Schema
from ninja.pagination import paginate

from django.http import HttpRequest

from label import selectors
from portail.api.datasets import DAILY, OPENAPI, RFC_4180, Dataset, Distribution, register_dataset
from portail.api.http import set_last_modified
from portail.api.pagination import LinkedPagination

router = Router(tags=["label"])


class RegistryEntry(Schema):
    name: str
    siret: str
    commune: str
    categories: list[str]
    code: str
    status: str
    valid_until: datetime.date
    verify_url: str


@router.get("/registre/", response=list[RegistryEntry], summary="Providers holding a valid label")
@paginate(LinkedPagination)
def registry(request: HttpRequest):
    set_last_modified(request, selectors.registry_modified())
    return selectors.registry_rows()


register_dataset(
    Dataset(
        key="label-registre",
        title={"fr": "Registre des prestataires labellisés", "en": "Registry of labelled providers"},
        description={
            "fr": "Les prestataires numériques titulaires d'un label valide, avec leur code de vérification.",
            "en": "The digital providers holding a valid label, with their verification code.",
        },
        frequency=DAILY,
        distributions=[
            Distribution("/api/label/registre.csv", "text/csv", RFC_4180, "CSV"),
            Distribution("/api/label/registre.json", "application/json", OPENAPI, "JSON"),
            Distribution("/api/v1/label/registre/", "application/json", OPENAPI, "API v1"),
        ],
        keywords=["label", "prestataires", "numérique"],
        modified=selectors.registry_modified,
    )
)
