"""Open-data CSV is plain RFC 4180; editors' spreadsheet exports keep their own variant."""

import csv
import io

from portail.open_csv import csv_text, open_csv_response
from portail.spreadsheet import csv_response

AWKWARD = [
    '=HYPERLINK("http://exemple.test")',
    "+596 596 12 34 56",
    "a;b;c",
    'il a dit "bonjour", puis est parti',
    "ligne 1\nligne 2\r\nligne 3",
    "Le François, Sainte-Anne — café numérique à l'ÉPN",
    "",
]


def test_awkward_values_round_trip_through_pythons_csv_module():
    text = csv_text([["colonne", "valeur"], *[[str(i), value] for i, value in enumerate(AWKWARD)]])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["colonne", "valeur"]
    assert [row[1] for row in rows[1:]] == AWKWARD


def test_the_text_follows_rfc_4180():
    text = csv_text([["a", "b"], ["=1+1", 'x"y'], ["z;w", None]])
    assert text == 'a,b\r\n=1+1,"x""y"\r\nz;w,\r\n'  # CRLF, quotes doubled, no apostrophe, no BOM


def test_the_response_is_utf8_without_a_bom_and_inline():
    response = open_csv_response([["nom"], ["Kaz Numérik"]], "lieux.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="lieux.csv"'
    assert response.content == "nom\r\nKaz Numérik\r\n".encode()


def test_editors_spreadsheet_exports_keep_semicolons_a_bom_and_formula_escaping():
    response = csv_response([["nom", "note"], ["=SUM(A1)", "a;b"]], "export.csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    assert text[1:].splitlines()[1] == '\'=SUM(A1);"a;b"'
