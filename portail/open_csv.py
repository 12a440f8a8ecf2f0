"""Plain RFC 4180 CSV for open data: UTF-8 without a BOM, comma separated, CRLF line ends, a field
quoted only when it holds a comma, a quote or a line break (quotes doubled), and every value kept
exactly as it is (no apostrophe before "=" or "+"). Files for editors' spreadsheets go through
portail.spreadsheet instead (";", a BOM, formula escaping)."""

import csv

from django.http import HttpResponse

CONTENT_TYPE = "text/csv; charset=utf-8"


class _Echo:
    def write(self, value):
        return value


def csv_lines(rows):
    """The CSV text of `rows` (iterables of values, the header first), one record at a time."""
    writer = csv.writer(_Echo(), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        yield writer.writerow(["" if value is None else value for value in row])


def csv_text(rows) -> str:
    return "".join(csv_lines(rows))


def open_csv_response(rows, filename: str) -> HttpResponse:
    """`rows` as an open-data CSV file, shown inline (a browser or a harvester reads it). Not
    streamed: the files are small, and a whole body gets an ETag under /api/v1/."""
    response = HttpResponse(csv_text(rows), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
