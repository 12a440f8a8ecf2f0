"""Open data in the national « lieux de médiation numérique » standard (schema in lieux/data/):
CSV and GeoJSON exports, and the CSV importer (`manage.py import_lieux`)."""

import csv
import datetime
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from lieux.enums import NATIONAL, AccessMode, Audience, Fee, PlaceKind, Service, SpecificSupport, SupportMode
from lieux.models import PlaceMapPage, PlacePage, national_phone
from portail.models import Commune
from portail.spreadsheet import looks_like_formula

SCHEMA_FILE = Path(__file__).resolve().parent / "data" / "lieux-mediation-numerique" / "schema.json"
FIELDS = [column["name"] for column in json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))["fields"]]
SOURCE = "Portail numérique de Martinique (CTM)"
LISTS = {  # column → (model field, enum)
    "services": ("services", Service),
    "publics_specifiquement_adresses": ("audiences", Audience),
    "prise_en_charge_specifique": ("specific_support", SpecificSupport),
    "frais_a_charge": ("fees", Fee),
    "modalites_acces": ("access_modes", AccessMode),
    "modalites_accompagnement": ("support_modes", SupportMode),
}


def place_id(place: PlacePage) -> str:
    return place.external_id or f"mq-lieu-{place.pk}"


def _national(values, enum) -> str:
    return "|".join(NATIONAL[enum][value] for value in values)


def place_row(place: PlacePage) -> dict:
    """One place as a row of the national table (French values)."""
    typologies = dict.fromkeys(NATIONAL[PlaceKind][kind] for kind in place.kinds)
    row = {
        "id": place_id(place),
        "pivot": place.pivot or "00000000000000",  # the standard's placeholder when unknown
        "nom": place.title,
        "commune": place.commune.name,
        "code_postal": place.postal_code,
        "code_insee": place.commune.insee_code,
        "adresse": place.address,
        "complement_adresse": place.address_extra,
        "latitude": f"{place.latitude}",
        "longitude": f"{place.longitude}",
        "typologie": "|".join(typologies),
        "telephone": national_phone(place.phone),
        "courriels": place.email,
        "site_web": place.website,
        "horaires": place.opening_hours,
        "presentation_resume": place.summary,
        "presentation_detail": place.description,
        "source": place.source or SOURCE,
        "itinerance": "Itinérant" if place.itinerant else "Fixe",
        "structure_parente": place.parent_organisation,
        "date_maj": (place.last_verified or timezone.localdate(place.last_published_at)).isoformat(),
        "fiche_acces_libre": place.accessibility_url,
        "prise_rdv": place.booking_url,
    }
    for column, (name, enum) in LISTS.items():
        row[column] = _national(getattr(place, name), enum)
    return {column: row.get(column, "") for column in FIELDS}


def csv_rows(places):
    """The rows of the CSV, the header first (written by portail.open_csv: plain RFC 4180).

    Machine-read open data: cells keep their exact value (a "+596…" phone number gets no
    apostrophe). Its text comes from editors, not from the public, and import_places refuses text a
    spreadsheet would run (docs/places-and-events.md).
    """
    yield FIELDS
    for place in places:
        row = place_row(place)
        yield [row[column] for column in FIELDS]


def geojson(places, *, url_of) -> dict:
    """A FeatureCollection; each feature carries the same properties as the CSV, and the page URL."""
    features = []
    for place in places:
        properties = place_row(place)
        properties["url"] = url_of(place)
        features.append(
            {
                "type": "Feature",
                "id": properties["id"],
                "geometry": {"type": "Point", "coordinates": [float(place.longitude), float(place.latitude)]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (line number, id, message)


def _parse_list(text, enum, column, problems):
    reverse = {label: value for value, label in NATIONAL[enum].items()}
    values = []
    for item in filter(None, (part.strip() for part in (text or "").split("|"))):
        if item in reverse:
            values.append(reverse[item])
        else:
            problems.append(f"{column} : « {item} » n'est pas dans le vocabulaire national")
    return values


def _formulas(row) -> list:
    """Text a spreadsheet would run as a formula, refused rather than republished in the export."""
    return [
        f"{column} : « {text.strip()[:60]} » serait exécuté comme une formule par un tableur"
        for column, text in row.items()
        if isinstance(column, str) and isinstance(text, str) and looks_like_formula(text)
    ]


def _fields_from_row(row, communes) -> tuple[dict, list]:
    problems = _formulas(row)
    commune = communes.get(row.get("code_insee", "").strip())
    if commune is None:
        by_name = {c.name.lower(): c for c in communes.values()}
        commune = by_name.get(row.get("commune", "").strip().lower())
    if commune is None:
        problems.append(f"commune : « {row.get('commune', '')} » n'est pas une commune de Martinique")
    try:
        latitude = Decimal(row["latitude"]) if row.get("latitude") else commune and commune.latitude
        longitude = Decimal(row["longitude"]) if row.get("longitude") else commune and commune.longitude
    except InvalidOperation:
        latitude = longitude = None
        problems.append("latitude/longitude : nombres attendus")
    kinds = []
    for code in filter(None, (row.get("typologie") or "").split("|")):
        kind = next((k for k, national in NATIONAL[PlaceKind].items() if national == code.strip()), None)
        if kind and kind not in kinds:
            kinds.append(kind)
    values = {
        "title": (row.get("nom") or "").strip(),
        "pivot": "" if row.get("pivot", "").strip("0") == "" else row.get("pivot", "").strip(),
        "commune": commune,
        "postal_code": (row.get("code_postal") or "").strip(),
        "address": (row.get("adresse") or "").strip(),
        "address_extra": (row.get("complement_adresse") or "").strip(),
        "latitude": latitude,
        "longitude": longitude,
        "location_to_check": not (row.get("latitude") and row.get("longitude")),
        "kinds": kinds or [PlaceKind.TIERS_LIEU.value],
        "phone": (row.get("telephone") or "").strip(),
        "email": (row.get("courriels") or "").split("|")[0].strip(),
        "website": (row.get("site_web") or "").split("|")[0].strip(),
        "opening_hours": (row.get("horaires") or "").strip(),
        "summary": (row.get("presentation_resume") or "").strip()[:280] or (row.get("nom") or "").strip(),
        "description": (row.get("presentation_detail") or "").strip(),
        "source": (row.get("source") or "").strip(),
        "itinerant": "Itinérant" in (row.get("itinerance") or ""),
        "parent_organisation": (row.get("structure_parente") or "").strip()[:150],
        "accessibility_url": (row.get("fiche_acces_libre") or "").strip(),
        "booking_url": (row.get("prise_rdv") or "").strip(),
    }
    try:
        values["last_verified"] = datetime.date.fromisoformat(row.get("date_maj", ""))
    except ValueError:
        problems.append("date_maj : date AAAA-MM-JJ attendue")
    for column, (name, enum) in LISTS.items():
        values[name] = _parse_list(row.get(column), enum, column, problems)
    return values, problems


def import_places(file, *, map_page: PlaceMapPage | None = None) -> ImportReport:
    """Create or update one French place page per row, matched by `id`, then by SIRET/RNA.

    Every row is checked on its own: a bad row is reported with its line number and skipped.
    """
    french = Locale.get_default()
    map_page = map_page or PlaceMapPage.objects.filter(locale=french).first()
    if map_page is None:
        raise ValueError("Il faut une page carte des lieux (PlaceMapPage) en français.")
    communes = {commune.insee_code: commune for commune in Commune.objects.select_related("epci")}
    report = ImportReport()
    for line, row in enumerate(csv.DictReader(file), start=2):
        external_id = (row.get("id") or "").strip()
        values, problems = _fields_from_row(row, communes)
        if not external_id or not values["title"]:
            problems.insert(0, "id et nom sont obligatoires")
        if problems:
            report.errors.append((line, external_id, "; ".join(problems)))
            continue
        place = PlacePage.objects.filter(locale=french, external_id=external_id).first()
        if place is None and external_id.startswith("mq-lieu-") and external_id[8:].isdigit():
            place = PlacePage.objects.filter(locale=french, pk=int(external_id[8:])).first()
        if place is None and values["pivot"]:
            place = PlacePage.objects.filter(locale=french, pivot=values["pivot"]).first()
        created = place is None
        if created:
            place = PlacePage(locale=french, slug=slugify(values["title"])[:80] or "lieu")
        for name, value in values.items():
            setattr(place, name, value)
        place.external_id = external_id
        try:
            with transaction.atomic():
                if created:
                    place.slug = _free_slug(map_page, place.slug)
                    map_page.add_child(instance=place)
                else:
                    place.full_clean()
                place.save_revision().publish()
        except ValidationError as error:
            messages = [f"{name} : {' '.join(errors)}" for name, errors in error.message_dict.items()]
            report.errors.append((line, external_id, "; ".join(messages)))
            continue
        (report.created if created else report.updated).append((line, external_id, place.title))
    return report


def _free_slug(parent, slug):
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate
