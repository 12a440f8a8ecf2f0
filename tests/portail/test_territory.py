import json
import unicodedata

import pytest

from django import forms
from django.utils import translation

from portail.forms import CommuneField
from portail.models import EPCI, Commune
from portail.selectors import CommuneLookupError, commune_in_text, commune_lookup, normalise_place_name
from portail.territory_data import DATA_FILE

pytestmark = pytest.mark.django_db

COMMUNES = json.loads(DATA_FILE.read_text(encoding="utf-8"))["communes"]
POSTAL_CODE_COUNTS = {}
for row in COMMUNES:
    for code in row["postal_codes"]:
        POSTAL_CODE_COUNTS[code] = POSTAL_CODE_COUNTS.get(code, 0) + 1
IDS = [row["name"] for row in COMMUNES]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_the_migration_loads_34_communes_in_3_epci():
    assert Commune.objects.count() == 34
    assert sorted(Commune.objects.values_list("insee_code", flat=True)) == [
        f"972{n:02d}" for n in range(1, 35)
    ]
    sizes = {epci.short_name: epci.communes.count() for epci in EPCI.objects.all()}
    assert sizes == {"CACEM": 4, "CAP Nord Martinique": 18, "Espace Sud — CAESM": 12}


def test_every_commune_lies_in_martinique():
    for commune in Commune.objects.all():
        assert 14.38 < commune.latitude < 14.89, commune
        assert -61.24 < commune.longitude < -60.80, commune


@pytest.mark.parametrize("row", COMMUNES, ids=IDS)
def test_every_commune_is_found_by_its_name_typed_any_way(row):
    name = row["name"]
    without_article = name.split(" ", 1)[1] if name.split(" ")[0] in {"Le", "La", "Les"} else name
    without_article = without_article.removeprefix("L'")
    variants = {
        name,
        name.upper(),
        name.lower(),
        strip_accents(name),
        name.replace("-", " "),
        without_article,
        strip_accents(without_article).lower().replace("-", " ").replace("'", " "),
        f"  {name}  ",
        name.replace("Saint-", "St-").replace("Sainte-", "Ste "),
        name.replace("œ", "oe"),
    }
    for variant in variants:
        assert commune_lookup(variant).insee_code == row["insee_code"], variant


@pytest.mark.parametrize("row", COMMUNES, ids=IDS)
def test_every_commune_is_found_by_its_postal_code_unless_shared(row):
    for code in row["postal_codes"]:
        if POSTAL_CODE_COUNTS[code] == 1:
            assert commune_lookup(code).insee_code == row["insee_code"]
            assert commune_lookup(f"{code} {row['name']}").insee_code == row["insee_code"]
        else:
            with pytest.raises(CommuneLookupError, match=row["name"]):
                commune_lookup(code)
            # The postal code and the name together are not ambiguous.
            assert commune_lookup(f"{code} {row['name']}").insee_code == row["insee_code"]
            assert commune_lookup(f"{row['name']} {code}").insee_code == row["insee_code"]


POSTAL_OWNER = {code: row["name"] for row in COMMUNES for code in row["postal_codes"]}


@pytest.mark.parametrize("row", COMMUNES, ids=IDS)
def test_every_insee_code_is_understood(row):
    code = row["insee_code"]
    if code not in POSTAL_CODE_COUNTS:
        assert commune_lookup(code).name == row["name"]
    elif POSTAL_CODE_COUNTS[code] == 1:
        # Most INSEE codes 97211-97234 are another commune's postal code: people type postal codes.
        assert commune_lookup(code).name == POSTAL_OWNER[code]
    else:
        with pytest.raises(CommuneLookupError, match="covers several communes"):
            commune_lookup(code)


@pytest.mark.parametrize("row", COMMUNES, ids=IDS)
def test_every_commune_is_found_by_its_insee_code_when_said_so(row):
    assert commune_lookup(f"INSEE {row['insee_code']}").name == row["name"]
    assert commune_lookup(f"code insee: {row['insee_code']}").name == row["name"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Grand Riviere", "Grand'Rivière"),
        ("GRAND-RIVIÈRE", "Grand'Rivière"),
        ("l ajoupa bouillon", "L'Ajoupa-Bouillon"),
        ("Ajoupa", None),
        ("Trois Ilets", "Les Trois-Îlets"),
        ("Schoelcher", "Schœlcher"),
        ("Schelcher", "Schœlcher"),
        ("FDF", "Fort-de-France"),
        ("Anses d'Arlet", "Les Anses-d'Arlet"),
        ("st pierre", "Saint-Pierre"),
        ("Ste-Marie", "Sainte-Marie"),
        ("97 200", "Fort-de-France"),
        ("97234", "Fort-de-France"),
        ("97201", "L'Ajoupa-Bouillon"),
    ],
)
def test_spellings_people_use(text, expected):
    if expected is None:
        with pytest.raises(CommuneLookupError):
            commune_lookup(text)
    else:
        assert commune_lookup(text).name == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Enter the name of a commune"),
        ("   ", "Enter the name of a commune"),
        ("Paris", "“Paris” is not a commune of Martinique."),
        ("Lorain", "Did you mean Le Lorrain?"),
        ("Sainte Luc", "Did you mean Sainte-Luce?"),
        ("97100", "97100 is neither a postal code nor an INSEE code"),
        ("97250", "Fonds-Saint-Denis, Le Prêcheur, Saint-Pierre"),
        ("Fort-de-France 97232", "97232 is not a postal code of Fort-de-France"),
        ("9720", "9720 is neither a postal code nor an INSEE code"),
        ("INSEE 97100", "97100 is not the INSEE code of a commune of Martinique."),
        ("Fort-de-France Martinique", "is not a commune of Martinique"),
    ],
)
def test_refusals_say_what_is_wrong(text, message):
    with pytest.raises(CommuneLookupError) as error:
        commune_lookup(text)
    assert message in str(error.value)


def test_normalisation_is_stable():
    assert normalise_place_name("L'Ajoupa-Bouillon") == "ajoupa bouillon"
    assert normalise_place_name("  LES   TROIS-ÎLETS ") == "trois ilets"
    assert normalise_place_name("Ste-Luce") == "sainte luce"
    assert normalise_place_name("La") == "la"


def test_commune_field_cleans_to_a_commune_and_explains_in_french():
    field = CommuneField()
    assert field.clean("le lorrain").insee_code == "97214"
    with translation.override("fr"):
        with pytest.raises(forms.ValidationError) as error:
            field.clean("Lorain")
        assert "n’est pas une commune de la Martinique" in str(error.value.messages[0])
    assert CommuneField(required=False).clean("") is None


@pytest.mark.parametrize(
    "text, commune, rest",
    [
        ("formation Le Lorrain", "Le Lorrain", "formation"),
        ("formation au Lorrain", "Le Lorrain", "formation"),
        ("Atelier numérique à Fort-de-France", "Fort-de-France", "Atelier numérique à"),
        ("fort de france développeur", "Fort-de-France", "développeur"),
        ("bureautique Schoelcher", "Schœlcher", "bureautique"),
        ("cours aux Anses d'Arlet", "Les Anses-d'Arlet", "cours"),
        ("Le Lorrain", "Le Lorrain", ""),
        ("informatique Ste Luce", "Sainte-Luce", "informatique"),
    ],
)
def test_a_commune_named_in_a_text_is_found_and_taken_out(text, commune, rest):
    found, remaining = commune_in_text(text)
    assert (found.name, remaining) == (commune, rest)


@pytest.mark.parametrize("text", ["formation marin pêcheur", "lamentin", "robert", "cybersécurité", ""])
def test_a_word_that_is_only_part_of_a_commune_name_is_not_a_place(text):
    assert commune_in_text(text) == (None, text)
