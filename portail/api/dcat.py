"""GET /api/v1/catalogue.jsonld: every dataset of the registry (portail/api/datasets.py) as a
DCAT-AP catalogue in JSON-LD, ready to declare on data.gouv.fr."""

import datetime
import json

from ninja import Router

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from portail.api.datasets import datasets
from portail.api.http import set_last_modified

router = Router(tags=["open data"])

JSONLD = "application/ld+json"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
MARTINIQUE = "http://publications.europa.eu/resource/authority/country/MTQ"
FRENCH = "http://publications.europa.eu/resource/authority/language/FRA"
MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
PUBLISHER = {
    "@id": "https://www.collectivitedemartinique.mq/",
    "@type": "foaf:Organization",
    "foaf:name": "Collectivité Territoriale de Martinique",
}
TITLE = {
    "fr": "Portail numérique de Martinique : données ouvertes",
    "en": "Digital portal of Martinique: open data",
}
DESCRIPTION = {
    "fr": "Les jeux de données publiés par le portail numérique de la CTM, sous Licence Ouverte 2.0.",
    "en": "The datasets published by the CTM's digital portal, under the Licence Ouverte 2.0.",
}


def _texts(by_language: dict[str, str]) -> list[dict]:
    return [{"@language": language, "@value": text} for language, text in by_language.items()]


def _absolute(path: str) -> str:
    return path if path.startswith("http") else f"{settings.SITE_URL}{path}"


def _moment(value) -> dict:
    if isinstance(value, datetime.datetime):
        return {"@value": value.isoformat(), "@type": "xsd:dateTime"}
    return {"@value": value.isoformat(), "@type": "xsd:date"}


def _distribution(distribution) -> dict | None:
    url = distribution.url() if callable(distribution.url) else distribution.url
    if not url:
        return None
    media_type = distribution.media_type
    data = {
        "@type": "dcat:Distribution",
        "dcat:accessURL": {"@id": _absolute(url)},
        "dcat:downloadURL": {"@id": _absolute(url)},
        "dcat:mediaType": {"@id": MEDIA_TYPES + media_type},
        "dct:format": media_type.rsplit("/", 1)[-1].removeprefix("vnd.oai.").upper(),
        "dct:conformsTo": {"@id": _absolute(distribution.conforms_to)},
        "dct:license": {"@id": LICENCE},
    }
    if distribution.title:
        data["dct:title"] = distribution.title
    return data


def _dataset(dataset, contact: dict) -> tuple[dict, object]:
    data = {
        "@id": f"{settings.SITE_URL}/api/v1/catalogue.jsonld#{dataset.key}",
        "@type": "dcat:Dataset",
        "dct:identifier": dataset.key,
        "dct:title": _texts(dataset.title),
        "dct:description": _texts(dataset.description),
        "dct:publisher": PUBLISHER,
        "dcat:contactPoint": contact,
        "dct:license": {"@id": LICENCE},
        "dct:accessRights": {"@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"},
        "dct:spatial": {"@id": MARTINIQUE},
        "dct:language": {"@id": FRENCH},
        "dct:accrualPeriodicity": {"@id": dataset.frequency},
        "dcat:keyword": dataset.keywords,
        "dcat:distribution": list(filter(None, map(_distribution, dataset.distributions))),
    }
    if dataset.landing_page:
        data["dcat:landingPage"] = {"@id": _absolute(dataset.landing_page)}
    modified = dataset.modified()
    if modified is not None:
        data["dct:modified"] = _moment(modified)
    return data, modified


def catalogue() -> tuple[dict, object]:
    """The catalogue and its latest modification (None when no dataset gives one)."""
    contact = {
        "@type": "vcard:Organization",
        "vcard:fn": "Portail numérique de Martinique (CTM)",
        "vcard:hasURL": {"@id": f"{settings.SITE_URL}/fr/guichet/"},
    }
    entries = [_dataset(dataset, contact) for dataset in datasets()]
    moments = [m if isinstance(m, datetime.datetime) else None for _data, m in entries]
    latest = max(filter(None, moments), default=None)
    data = {
        "@context": CONTEXT,
        "@id": f"{settings.SITE_URL}/api/v1/catalogue.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": _texts(TITLE),
        "dct:description": _texts(DESCRIPTION),
        "dct:publisher": PUBLISHER,
        "dct:license": {"@id": LICENCE},
        "dct:language": {"@id": FRENCH},
        "dct:spatial": {"@id": MARTINIQUE},
        "foaf:homepage": {"@id": f"{settings.SITE_URL}/"},
        "dcat:service": {
            "@type": "dcat:DataService",
            "dct:title": _texts({"fr": "API ouverte du portail (v1)", "en": "The portal's open API (v1)"}),
            "dcat:endpointURL": {"@id": f"{settings.SITE_URL}/api/v1/"},
            "dcat:endpointDescription": {"@id": f"{settings.SITE_URL}/api/v1/openapi.json"},
            "dct:conformsTo": {"@id": "https://spec.openapis.org/oas/v3.1.0"},
            "dct:license": {"@id": LICENCE},
        },
        "dcat:dataset": [entry for entry, _moment_ in entries],
    }
    if latest is not None:
        data["dct:modified"] = _moment(latest)
    return data, latest


@router.get(
    "/catalogue.jsonld",
    summary="The DCAT-AP catalogue of every dataset (JSON-LD)",
    description="Licence, update frequency, schema and download links of each dataset.",
    openapi_extra={
        "responses": {200: {"description": "DCAT-AP", "content": {JSONLD: {"schema": {"type": "object"}}}}}
    },
)
def catalogue_jsonld(request: HttpRequest) -> HttpResponse:
    data, latest = catalogue()
    set_last_modified(request, latest)
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type=JSONLD)
