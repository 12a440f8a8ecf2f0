"""The DCAT-AP catalogue, /api/v1/catalogue.jsonld: every dataset, each with what data.gouv.fr asks."""

import pytest

from django.conf import settings

from evenements.models import EventPage
from lieux.models import PlacePage

URL = "/api/v1/catalogue.jsonld"
LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
KEYS = {
    "formations",
    "lieux",
    "evenements",
    "financements",
    "label-registre",
    "guichet-statistiques",
    "recherche",
    "observatoire",
    "appels",
}


@pytest.fixture
def dcat(client, open_data, schemes):
    response = client.get(URL)
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    return response.json()


def by_key(dcat):
    return {dataset["dct:identifier"]: dataset for dataset in dcat["dcat:dataset"]}


def test_a_dcat_catalogue_of_every_dataset(dcat):
    assert dcat["@type"] == "dcat:Catalog"
    assert dcat["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    assert dcat["dct:license"] == {"@id": LICENCE}
    assert dcat["dcat:service"]["dcat:endpointDescription"]["@id"].endswith("/api/v1/openapi.json")
    assert set(by_key(dcat)) == KEYS


def test_each_dataset_has_what_dcat_ap_requires(dcat):
    for key, dataset in by_key(dcat).items():
        assert dataset["@type"] == "dcat:Dataset", key
        assert {text["@language"] for text in dataset["dct:title"]} == {"fr", "en"}, key
        assert {text["@language"] for text in dataset["dct:description"]} == {"fr", "en"}, key
        assert dataset["dct:license"] == {"@id": LICENCE}, key
        assert dataset["dct:publisher"]["foaf:name"] == "Collectivité Territoriale de Martinique", key
        assert dataset["dcat:contactPoint"]["vcard:fn"], key
        assert dataset["dct:spatial"]["@id"].endswith("/country/MTQ"), key
        assert dataset["dct:accrualPeriodicity"]["@id"].startswith(
            "http://publications.europa.eu/resource/authority/frequency/"
        ), key
        for distribution in dataset["dcat:distribution"]:
            assert distribution["dcat:mediaType"]["@id"].startswith("https://www.iana.org/assignments/")
            assert distribution["dct:conformsTo"]["@id"].startswith("http"), key
            assert distribution["dct:license"] == {"@id": LICENCE}


def test_every_download_url_answers(client, dcat):
    urls = [
        distribution["dcat:downloadURL"]["@id"]
        for dataset in dcat["dcat:dataset"]
        for distribution in dataset["dcat:distribution"]
    ]
    assert len(urls) == 22  # the events' iCalendar feed included: the events page is published
    for url in urls:
        assert url.startswith(settings.SITE_URL)
        response = client.get(url.removeprefix(settings.SITE_URL))
        assert response.status_code == 200, url


def test_schemas_are_the_national_standards(dcat):
    datasets = by_key(dcat)

    def conforms(key):
        return {d["dct:conformsTo"]["@id"] for d in datasets[key]["dcat:distribution"]}

    assert "https://lheo.gouv.fr/langage" in conforms("formations")
    assert "https://schema.data.gouv.fr/LaMednum/standard-mediation-num/" in conforms("lieux")
    assert "https://aides-territoires.beta.gouv.fr/api/" in conforms("financements")
    assert "https://www.rfc-editor.org/rfc/rfc5545" in conforms("evenements")


def test_modified_dates_and_last_modified(client, open_data, schemes):
    for page in (PlacePage.objects.first(), EventPage.objects.first()):  # factories publish no revision
        page.save_revision().publish()
    datasets = by_key(client.get(URL).json())
    for key in ("formations", "lieux", "evenements", "financements", "label-registre"):
        assert datasets[key]["dct:modified"]["@type"] in ("xsd:dateTime", "xsd:date"), key
    assert "dct:modified" not in datasets["guichet-statistiques"]  # privacy: no date of a request
    response = client.get(URL)
    assert response["Last-Modified"]
    assert client.get(URL, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304


def test_the_observatory_lists_its_api_and_dates_its_latest_snapshot(client, db):
    from observatoire.models import Snapshot

    observatory = by_key(client.get(URL).json())["observatoire"]
    urls = [distribution["dcat:downloadURL"]["@id"] for distribution in observatory["dcat:distribution"]]
    assert urls == [
        f"{settings.SITE_URL}/api/v1/observatoire/",
        f"{settings.SITE_URL}/api/v1/observatoire/instantanes/",
    ]
    assert "dct:modified" not in observatory  # nothing frozen yet

    Snapshot.objects.create(period="2026-T1", starts_on="2026-01-01", ends_on="2026-04-01", figures={})
    observatory = by_key(client.get(URL).json())["observatoire"]
    assert observatory["dct:modified"]
