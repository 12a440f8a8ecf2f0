import re

import pytest

from search.indexing import rebuild
from tests.catalogue import in_french, titles

pytestmark = pytest.mark.django_db

ADMINISTRATEUR = "Administrateur réseaux"  # Pointe-à-Pitre (Guadeloupe), level 4, blended, CQP
BTS = "BTS Services informatiques aux organisations"  # Le Lorrain (CAP Nord), level 5, diploma
BUREAUTIQUE = "Bureautique pour débuter"  # Rivière-Salée (Espace Sud), level 3, no certification
DEVELOPPEUR = "Développeur web en apprentissage"  # its provider is in Fort-de-France (CACEM)
MEDIATEUR = "Médiateur numérique à distance"  # distance learning, one session in Basse-Terre
ALL = [ADMINISTRATEUR, BTS, BUREAUTIQUE, DEVELOPPEUR, MEDIATEUR]
WARNING = 'class="message message--warning" role="alert"'


def found(client, query: str) -> list[str]:
    response = client.get(f"/fr/formations/?tri=titre&{query}")
    assert response.status_code == 200
    page = response.content.decode()
    assert WARNING not in page
    return titles(page)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("niveau=5", [BTS]),
        ("niveau=3&niveau=6", [BUREAUTIQUE, DEVELOPPEUR]),
        ("niveau=8", []),
        ("domaine=multimedia", [DEVELOPPEUR]),
        ("domaine=services-informatiques&domaine=mediation", [BTS, MEDIATEUR]),
        ("modalite=distanciel", [MEDIATEUR]),
        ("modalite=hybride", [ADMINISTRATEUR]),
        ("modalite=presentiel", [BTS, DEVELOPPEUR]),
        ("rythme=apprentissage", [DEVELOPPEUR]),
        ("rythme=temps-plein&rythme=cours-du-soir", [BTS, MEDIATEUR]),
        ("rythme=alternance", []),
        ("certification=cqp", [ADMINISTRATEUR]),
        ("certification=aucune", [BUREAUTIQUE]),
        ("certification=diplome&certification=titre-professionnel", [BTS, DEVELOPPEUR]),
    ],
)
def test_each_criterion_narrows_the_list(client, programmes, query, expected):
    assert found(client, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Its own place, the place of one of its sessions, or its provider's when it names none.
        ("region=guadeloupe", [ADMINISTRATEUR, MEDIATEUR]),
        ("region=martinique", [BTS, BUREAUTIQUE, DEVELOPPEUR]),
        ("region=distance", [MEDIATEUR]),
        ("region=guyane", []),
        ("region=guyane&region=distance", [MEDIATEUR]),
    ],
)
def test_filter_by_region(client, programmes, query, expected):
    assert found(client, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("commune=Le+Lorrain&rayon=0", [BTS]),
        ("commune=le+lorrain&rayon=0", [BTS]),
        ("commune=LE+LORRAIN&rayon=0", [BTS]),
        ("commune=97214&rayon=0", [BTS]),
        ("commune=Rivi%C3%A8re-Sal%C3%A9e&rayon=0", [BUREAUTIQUE]),
        ("commune=riviere+salee&rayon=0", [BUREAUTIQUE]),
        ("commune=fort+de+france&rayon=0", [DEVELOPPEUR]),  # where its provider is
        ("commune=Sainte-Luce&rayon=0", []),
        ("epci=cap-nord", [BTS]),
        ("epci=espace-sud", [BUREAUTIQUE]),
        ("epci=cacem", [DEVELOPPEUR]),
        ("commune=&epci=", ALL),
    ],
)
def test_filter_in_a_commune_only_or_by_intercommunality(client, programmes, query, expected):
    assert found(client, query) == expected


def test_a_session_in_a_commune_is_enough(client, programmes):
    from portail.models import Commune
    from tests.catalogue.factories import TrainingSessionFactory

    TrainingSessionFactory(page=programmes["guadeloupe"], commune=Commune.objects.get(insee_code="97214"))
    rebuild("database")

    assert found(client, "commune=le+lorrain&rayon=0") == [ADMINISTRATEUR, BTS]
    assert found(client, "epci=cap-nord") == [ADMINISTRATEUR, BTS]
    assert found(client, "region=martinique") == [ADMINISTRATEUR, BTS, BUREAUTIQUE, DEVELOPPEUR]


def nearest(client, query: str) -> list[str]:
    response = client.get(f"/fr/formations/?{query}")
    assert response.status_code == 200 and WARNING not in response.content.decode()
    return titles(response.content.decode())


def test_a_commune_gives_what_is_within_25_km_nearest_first_with_distances(client, programmes):
    # From Le Lamentin: Fort-de-France 8 km, Rivière-Salée 10 km, Le Lorrain 25.0x km.
    page = client.get("/fr/formations/?commune=Le+Lamentin").content.decode()
    assert titles(page) == [DEVELOPPEUR, BUREAUTIQUE]
    assert "Fort-de-France (à 8 km)" in page
    assert '<option value="25" selected>' in page
    assert nearest(client, "commune=le+lamentin&rayon=50") == [DEVELOPPEUR, BUREAUTIQUE, BTS]
    assert nearest(client, "commune=le+lamentin&rayon=0") == []  # nothing in Le Lamentin itself
    assert nearest(client, "commune=le+lamentin&rayon=50&tri=titre") == [BTS, BUREAUTIQUE, DEVELOPPEUR]
    # From Fort-de-France: Rivière-Salée is 14 km away.
    assert nearest(client, "commune=fort-de-france&rayon=10") == [DEVELOPPEUR]


def test_distance_learning_is_offered_beside_the_programmes_nearby(client, programmes):
    page = client.get("/fr/formations/?commune=Le+Lorrain&rayon=10").content.decode()
    assert titles(page) == [BTS]
    assert 'href="/fr/formations/?region=distance"' in page
    assert found(client, "region=distance") == [MEDIATEUR]


def test_my_position_instead_of_a_commune(client, programmes):
    page = client.get("/fr/formations/?lat=14.61&lon=-61.07&rayon=10&commune=Le+Lorrain").content.decode()
    assert titles(page) == [DEVELOPPEUR]  # the position wins over the commune
    assert "votre position" in page
    wrong = client.get("/fr/formations/?lat=48.85&lon=2.35").content.decode()
    assert WARNING in wrong and len(titles(wrong)) == len(ALL)  # outside Martinique: ignored, said so


def test_criteria_combine(client, programmes):
    assert found(client, "region=martinique&modalite=presentiel") == [BTS, DEVELOPPEUR]
    assert found(client, "region=martinique&modalite=presentiel&niveau=6") == [DEVELOPPEUR]


def test_no_result_says_what_to_do(client, programmes):
    page = client.get("/fr/formations/?niveau=5&region=guadeloupe").content.decode()

    assert titles(page) == []
    assert (
        in_french(
            "No programme matches these filters. Untick some of them, or ask the guichet for advice: "
            "an adviser will look for you."
        )
        in page
    )


def test_filters_in_english_list_the_same_programmes(client, programmes):
    page = client.get("/en/courses/?tri=titre&region=martinique").content.decode()
    assert titles(page) == ["BTS IT services for organisations", BUREAUTIQUE, DEVELOPPEUR]


def test_chosen_filters_stay_chosen(client, programmes):
    page = client.get("/fr/formations/?niveau=5&commune=le+lorrain&epci=cap-nord&tri=titre").content.decode()

    assert 'value="5" id="id_niveau_2" checked' in page
    assert 'name="commune" value="le lorrain"' in page
    assert '<option value="cap-nord" selected>' in page
    assert '<option value="titre" selected>' in page


@pytest.mark.parametrize(
    ("query", "field", "shown"),
    [
        ("niveau=99", "Level reached", "99"),
        ("region=mars", "Where", "mars"),
        ("commune=Paris", "Commune in Martinique", "Paris"),
        ("epci=grand-paris", "Intercommunality", "grand-paris"),
        ("tri=x", "Sort by", None),
        ("domaine=%3Cscript%3Ealert(1)%3C/script%3E", "Domain", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("commune=%27+OR+1%3D1+--", "Commune in Martinique", "&#x27; OR 1=1 --"),
        ("region=%27+OR+1%3D1+--", "Where", "&#x27; OR 1=1 --"),
        ("niveau=5%20OR%201%3D1", "Level reached", "5 OR 1=1"),
    ],
)
def test_unknown_values_are_ignored_and_said(client, programmes, query, field, shown):
    response = client.get(f"/fr/formations/?tri=titre&{query}")
    page = response.content.decode()

    assert response.status_code == 200
    warning = page[page.index(WARNING) : page.index("</div>", page.index(WARNING))]
    assert in_french("Some filters could not be used and were ignored:") in warning
    assert f"<li>{in_french(field)}:" in warning
    assert warning.count("<li>") == 1
    if shown:
        assert shown in warning
    assert "<script>alert(1)" not in page
    assert sorted(titles(page)) == ALL


def test_a_wrong_value_does_not_cancel_the_other_filters(client, programmes):
    page = client.get("/fr/formations/?niveau=5&region=mars&commune=Paris").content.decode()

    assert titles(page) == [BTS]
    warning = page[page.index(WARNING) : page.index("</div>", page.index(WARNING))]
    assert warning.count("<li>") == 2
    assert in_french("Level reached") not in warning


def filter_counts(page: str, field: str) -> dict[str, int]:
    """Each checkbox value of a filter → the number of programmes shown next to it."""
    pattern = rf'name="{field}" value="([^"]+)"[^>]*> <label[^>]*>[^<]*<span class="count">\((\d+)'
    return {value: int(count) for value, count in re.findall(pattern, page)}


def test_each_value_says_how_many_programmes_it_would_give(client, programmes):
    page = client.get("/fr/formations/").content.decode()
    assert filter_counts(page, "niveau") == {"3": 1, "4": 1, "5": 1, "6": 1, "7": 0, "8": 0}
    assert filter_counts(page, "region")["guadeloupe"] == 2  # its own place, or a session's

    page = client.get("/fr/formations/?region=martinique&niveau=5").content.decode()
    # A filter's values count with the other filters applied: ticking one more value adds these.
    assert filter_counts(page, "niveau") == {"3": 1, "4": 0, "5": 1, "6": 1, "7": 0, "8": 0}
    assert filter_counts(page, "region") == {
        "martinique": 1,
        "guadeloupe": 0,
        "guyane": 0,
        "hexagone": 0,
        "etranger": 0,
        "distance": 0,
    }
    assert filter_counts(page, "modalite")["presentiel"] == 1
    assert titles(page) == [BTS]
