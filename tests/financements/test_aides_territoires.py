"""The funding guide as open data in the Aides-territoires vocabulary: /api/v1/financements/…"""

import csv
import datetime
import io

from django.db.models import Max
from django.utils.http import http_date

from wagtail.models import PageLogEntry

from financements.aides_territoires import COLUMNS
from financements.models import FundingSchemePage

JSON_URL = "/api/v1/financements/aides-territoires.json"
CSV_URL = "/api/v1/financements/aides-territoires.csv"


def by_name(results):
    return {item["name"]: item for item in results}


def test_each_scheme_in_the_aides_territoires_vocabulary(client, schemes):
    response = client.get(JSON_URL)
    assert response.status_code == 200
    data = response.json()
    aids = by_name(data["results"])
    assert data["count"] == len(aids) == 4
    digital = aids["Mofwazaj Dijital"]
    assert digital["aid_types"] == ["Subvention"]
    assert digital["targeted_audiences"] == ["Entreprises privées"]
    assert digital["financers"] == ["Collectivité Territoriale de Martinique"]
    assert (digital["perimeter"], digital["perimeter_scale"]) == ("Martinique", "department")
    assert digital["url"].endswith("/fr/financements/mofwazaj-dijital/")
    assert aids["Prêt numérique"]["aid_types"] == ["Prêt"]
    assert aids["Prêt numérique"]["financers"] == ["Bpifrance"]
    assert aids["Aide du Nord"]["perimeter_scale"] == "epci"
    assert "Nord" in aids["Aide du Nord"]["perimeter"]


def test_dates_and_recurrence_of_a_call_for_projects(client, schemes):
    call = by_name(client.get(JSON_URL).json()["results"])["Appel Low Tech"]
    assert (call["start_date"], call["submission_deadline"]) == ("2025-01-01", "2025-06-30")
    assert call["recurrence"] == "Ponctuelle" and call["is_call_for_project"] is True


def test_the_csv_has_the_same_aids_as_the_json(client, schemes):
    response = client.get(CSV_URL)
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert not text.startswith("\ufeff") and text.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0]) == COLUMNS
    aids = by_name(client.get(JSON_URL).json()["results"])
    assert {row["name"] for row in rows} == set(aids)
    for row in rows:
        aid = aids[row["name"]]
        assert row["aid_types"] == "|".join(aid["aid_types"])
        assert row["targeted_audiences"] == "|".join(aid["targeted_audiences"])
        assert row["submission_deadline"] == (aid["submission_deadline"] or "")


def test_a_formula_like_title_is_published_as_written(client, schemes):
    digital = schemes["digital"]
    digital.title = '=HYPERLINK("x"); "Mofwazaj", 2026'
    digital.save_revision().publish()
    rows = list(csv.DictReader(io.StringIO(client.get(CSV_URL).content.decode(), newline="")))
    assert '=HYPERLINK("x"); "Mofwazaj", 2026' in {row["name"] for row in rows}


def test_last_modified_and_if_modified_since(client, schemes):
    response = client.get(JSON_URL)
    published = FundingSchemePage.objects.live().aggregate(Max("last_published_at"))["last_published_at__max"]
    # Wagtail logs a publication just after saving the page: the two may fall either side of a second.
    logged = PageLogEntry.objects.filter(page__in=FundingSchemePage.objects.all()).aggregate(Max("timestamp"))
    modified = max(filter(None, (published, logged["timestamp__max"])))
    assert response["Last-Modified"] == http_date(int(modified.timestamp()))
    later = http_date(int((modified + datetime.timedelta(hours=1)).timestamp()))
    assert client.get(JSON_URL, HTTP_IF_MODIFIED_SINCE=later).status_code == 304
    earlier = http_date(int((modified - datetime.timedelta(hours=1)).timestamp()))
    assert client.get(JSON_URL, HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_an_empty_guide_gives_an_empty_file(client, db):
    assert client.get(JSON_URL).json() == {"count": 0, "results": []}
    assert client.get(CSV_URL).content.decode() == ",".join(COLUMNS) + "\r\n"
    assert "Last-Modified" not in client.get(JSON_URL)
