"""The public page: fr/en/es, the period selector, downloads equal to the tables shown, the charts'
accessible names, small counts shown as « < 5 », and its queries bounded with a year of data."""

import csv
import datetime
import io
import re
from html.parser import HTMLParser

import pytest

from django.utils import timezone

from demo.observatory import make_synthetic
from tests.observatoire.conftest import request_on

PAGES = {"fr": "/fr/observatoire/", "en": "/en/observatory/", "es": "/es/observatorio/"}
MAX_QUERIES = 45  # measured: see docs/observatory.md


class Tables(HTMLParser):
    """The text of each figure's table, by figure key: [[header…], [row…], …, [total…]]."""

    def __init__(self):
        super().__init__()
        self.tables, self.figure, self.row, self.cell = {}, None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article" and attrs.get("id", "").startswith("figure-"):
            self.figure = attrs["id"].removeprefix("figure-")
            self.tables[self.figure] = []
        elif tag == "tr" and self.figure:
            self.row = []
        elif tag in ("th", "td") and self.row is not None:
            self.cell = ""

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[self.figure].append(self.row)
            self.row = None


def tables_of(html: str) -> dict:
    parser = Tables()
    parser.feed(html)
    return parser.tables


def as_value(text: str, language: str):
    """A cell as shown, back to the downloaded value ("< 5" → "", "1,5" → "1.5" in French)."""
    if text in ("< 5", "—"):
        return ""
    number = re.sub(r"[\s\u202f\xa0%]", "", text)
    number = (
        number.replace(".", "").replace(",", ".") if language in ("fr", "es") else number.replace(",", "")
    )
    return number if re.fullmatch(r"-?\d+(\.\d+)?", number) else text


def normalised(value: str) -> str:
    return str(float(value)).removesuffix(".0") if re.fullmatch(r"-?\d+(\.\d+)?", value) else value


@pytest.fixture
def year_of_requests(site_tree, page_cache_off):
    return make_synthetic(timezone.localdate(), count=1200)


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_each_download_equals_the_table_shown(client, year_of_requests, language):
    page = client.get(PAGES[language], {"periode": "tout"})
    assert page.status_code == 200
    shown = tables_of(page.content.decode())
    assert len(shown) >= 18
    for key, table in shown.items():
        url = f"{PAGES[language]}{key}.csv?periode=tout"
        response = client.get(url)
        assert response["Content-Type"].startswith("text/csv; charset=utf-8")
        body = response.content.decode("utf-8")
        assert not body.startswith("\ufeff") and "\r\n" in body and ";" not in body.splitlines()[0]
        downloaded = list(csv.reader(io.StringIO(body)))
        if len(table) == 2 and len(table[1]) == 1:  # "Nothing in this period."
            assert len(downloaded) <= 2, key
            continue
        assert downloaded[0] == table[0], key
        for row, shown_row in zip(downloaded[1:], table[1:], strict=True):
            assert row[0] == shown_row[0], key
            assert [normalised(cell) for cell in row[1:]] == [
                normalised(as_value(cell, language)) for cell in shown_row[1:]
            ], key
        json_rows = client.get(f"{PAGES[language]}{key}.json?periode=tout").json()["rows"]
        assert [["" if value is None else value for value in row] for row in json_rows] == [
            [row[0], *(float(cell) if "." in cell else int(cell) if cell else "" for cell in row[1:])]
            for row in downloaded[1:]
        ], key


def test_small_counts_are_shown_as_less_than_5(client, site_tree, page_cache_off):
    for _n in range(3):
        request_on(timezone.localdate())
    page = client.get("/en/observatory/").content.decode()
    assert "<td>&lt; 5</td>" in page
    data = client.get("/en/observatory/demandes-epci.json").json()
    assert data["rows"][-1] == ["Total", None]


def test_the_period_selector_works_without_script(client, site_tree, page_cache_off):
    today = timezone.localdate()
    request_on(today - datetime.timedelta(days=400))
    page = client.get("/fr/observatoire/", {"periode": str(today.year - 1)}).content.decode()
    assert '<form class="observatory__period" method="get"' in page
    assert f'<option value="{today.year - 1}" selected>' in page
    assert client.get("/fr/observatoire/", {"periode": "1999-T5"}).status_code == 400
    assert client.get("/fr/observatoire/demandes-epci.csv", {"periode": "2999"}).status_code == 404
    assert client.get("/fr/observatoire/inconnue.csv").status_code == 404
    assert client.get("/fr/observatoire/demandes-epci.xlsx").status_code == 404


def test_other_languages_slugs_redirect_keeping_the_period(client, site_tree):
    response = client.get("/en/observatoire/", {"periode": "tout"})
    assert response.status_code == 301 and response["Location"] == "/en/observatory/?periode=tout"


def test_charts_have_an_accessible_name_and_no_script(client, year_of_requests):
    page = client.get("/es/observatorio/").content.decode()
    assert page.count('role="img"') >= 15
    assert page.count("<desc id=") == page.count('role="img"')
    assert "<script" not in page.split("<main")[1].split("</main>")[0]
    assert 'lang="es"' in page


def test_queries_per_page_are_bounded_with_a_year_of_requests(
    client, year_of_requests, django_assert_max_num_queries
):
    for language, url in PAGES.items():
        for period in ("", "tout", str(timezone.localdate().year)):
            with django_assert_max_num_queries(MAX_QUERIES):
                assert client.get(url, {"periode": period} if period else {}).status_code == 200, language
