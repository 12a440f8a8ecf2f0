"""The places in /api/v1/lieux/: the published tiers-lieux and mediation places (French pages)."""

from ninja import Router, Schema
from ninja.pagination import paginate

from django.http import HttpRequest

from lieux import selectors
from lieux.models import PlacePage
from lieux.opendata import place_id
from portail.api.datasets import (
    DAILY,
    OPENAPI,
    PLACES_SCHEMA,
    Dataset,
    Distribution,
    latest_publication,
    register_dataset,
)
from portail.api.http import set_last_modified
from portail.api.pagination import LinkedPagination

router = Router(tags=["places"])


class Place(Schema):
    id: str
    name: str
    summary: str
    kinds: list[str]
    services: list[str]
    address: str
    postal_code: str
    commune: str
    insee_code: str
    epci: str | None
    latitude: float
    longitude: float
    url: str


@router.get(
    "/",
    response=list[Place],
    summary="Tiers-lieux and digital mediation places",
    description="Also as the national standard's files: /api/lieux.csv and /api/lieux.geojson.",
)
@paginate(LinkedPagination)
def places(request: HttpRequest):
    set_last_modified(request, latest_publication(PlacePage)())
    return [
        {
            "id": place_id(place),
            "name": place.title,
            "summary": place.summary,
            "kinds": list(place.kinds),
            "services": list(place.services),
            "address": place.address,
            "postal_code": place.postal_code,
            "commune": place.commune.name,
            "insee_code": place.commune.insee_code,
            "epci": place.commune.epci.short_name if place.commune.epci_id else None,
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
            "url": request.build_absolute_uri(place.url),
        }
        for place in selectors.source_places()
    ]


register_dataset(
    Dataset(
        key="lieux",
        title={
            "fr": "Lieux de médiation numérique et tiers-lieux de Martinique",
            "en": "Digital mediation places and tiers-lieux of Martinique",
        },
        description={
            "fr": "Les lieux, leurs services et horaires, au schéma national des lieux de médiation.",
            "en": "The places, their services and opening hours, in the national schema of mediation places.",
        },
        frequency=DAILY,
        distributions=[
            Distribution("/api/lieux.csv", "text/csv", PLACES_SCHEMA, "CSV (schéma national)"),
            Distribution(
                "/api/lieux.geojson", "application/geo+json", PLACES_SCHEMA, "GeoJSON (schéma national)"
            ),
            Distribution("/api/v1/lieux/", "application/json", OPENAPI, "API v1"),
        ],
        keywords=["médiation numérique", "tiers-lieux", "inclusion numérique"],
        modified=latest_publication(PlacePage),
    )
)
