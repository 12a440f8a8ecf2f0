"""The label's registry in /api/v1/label/: the valid labels, as in the open-data file."""

import datetime

from ninja import Router, Schema
from ninja.pagination import paginate

from django.http import HttpRequest

from label import selectors
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
    return selectors.registry_rows()
