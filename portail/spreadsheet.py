"""CSV for spreadsheets: streamed, UTF-8 with a BOM (Excel), ";" separated, and what the public
typed never runs as a formula when the file is opened. Also the test importers use to refuse text
a spreadsheet would run (`looks_like_formula`)."""

import csv
import re

from django.http import StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# After a leading + - @, what makes a formula dangerous: a call (HYPERLINK(…), a DDE link (cmd|…)
# or a reference to another sheet or file (…!A1).
FORMULA_CONTENT = re.compile(r"[A-Za-z_][\w.]*\(|\||!\$?[A-Za-z]{1,3}\$?\d")


def safe_cell(value):
    """A text starting like a formula gets a leading apostrophe (shown as text by Excel and LibreOffice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would run `text`: anything after "=", or a call, a DDE link or a sheet
    reference after "+", "-" or "@" — so "+596 596 12 34 56" and "-5 % pour les étudiants" are
    plain text. Leading tabs, line breaks and spaces are skipped, as some spreadsheets do."""
    text = text.lstrip("\t\r\n ")
    if text.startswith("="):
        return True
    return text.startswith(("+", "-", "@")) and FORMULA_CONTENT.search(text) is not None


def safe_row(values) -> list:
    return [safe_cell(value) for value in values]


class _Echo:
    def write(self, value):
        return value


def csv_response(rows, filename: str) -> StreamingHttpResponse:
    """Stream `rows` (an iterable of lists, the header first) as a CSV download."""
    writer = csv.writer(_Echo(), delimiter=";")

    def lines():
        yield "\ufeff"
        for row in rows:
            yield writer.writerow(safe_row(row))

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
