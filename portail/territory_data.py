"""Loads portail/data/territory.json into EPCI and Commune (used by a data migration)."""

import json
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "territory.json"


def load_territory(epci_model, commune_model):
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    epcis = {}
    for row in data["epci"]:
        epcis[row["code"]], _ = epci_model.objects.update_or_create(code=row["code"], defaults=row)
    for row in data["communes"]:
        defaults = {**row, "epci": epcis[row["epci"]]}
        commune_model.objects.update_or_create(insee_code=row["insee_code"], defaults=defaults)
