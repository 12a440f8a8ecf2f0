"""Loads portail/data/territory.json into EPCI and Commune (used by a data migration)."""

import json
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "territory.json"


def load_territory(epci_model, commune_model):
    """Only the fields named here are read, so that the data file can grow without breaking migrations."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    epcis = {}
    for row in data["epci"]:
        defaults = {field: row[field] for field in ("siren", "name", "short_name")}
        epcis[row["code"]], _ = epci_model.objects.update_or_create(code=row["code"], defaults=defaults)
    for row in data["communes"]:
        defaults = {
            field: row[field] for field in ("name", "postal_codes", "aliases", "latitude", "longitude")
        }
        defaults["epci"] = epcis[row["epci"]]
        commune_model.objects.update_or_create(insee_code=row["insee_code"], defaults=defaults)
