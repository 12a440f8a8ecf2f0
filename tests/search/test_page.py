import re

import pytest

from search.indexing import rebuild


@pytest.fixture
def indexed(corpus):
    rebuild("database")
    return corpus


@pytest.mark.parametrize(
    ("url", "heading"),
    [("/fr/recherche/", "1 résultat"), ("/en/search/", "1 result"), ("/es/busqueda/", "1 resultado")],
)
def test_the_search_page_in_three_languages(client, indexed, url, heading):
    response = client.get(url, {"q": "cybersecurite"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'aria-live="polite">{heading}</h2>' in html
    assert "Technicien en <mark>cybersécurité</mark>" not in html  # titles are not highlighted
    assert "<legend>" in html


def test_facets_are_checkboxes_with_counts_and_chips_remove_a_filter(client, indexed):
    html = client.get("/fr/recherche/", {"niveau": "5", "type": "formation"}).content.decode()
    assert 'name="niveau" value="5" id="f-niveau-3" checked' in html
    assert 'Bac+2 (niveau 5) <span class="filters__count">(2)</span>' in html
    assert 'Bac (niveau 4) <span class="filters__count">(1)</span>' in html  # still offered
    assert 'href="?type=formation"' in html  # the chip removing the level
    assert "2 résultats" in html


def test_a_french_only_record_on_the_english_page_says_its_language(client, indexed):
    html = client.get("/en/search/", {"q": "cybersecurity"}).content.decode()
    assert 'lang="fr">Technicien en cybersécurité</a>' in html
    assert "in French" in html
    link = re.search(r'<a href="([^"]+)" lang="fr">Technicien en cybersécurité</a>', html)[1]
    assert link.startswith("/en/")  # the visitor stays in English


def test_zero_results_give_ways_out(client, indexed):
    html = client.get("/fr/recherche/", {"q": "cybersécurité", "commune": "97214"}).content.decode()
    assert "0 résultat" in html
    assert "Retirez un filtre" in html
    assert "commune=97" in html  # nearby communes
    assert '">Commune: Le Lorrain <span aria-hidden="true">' in html  # the chip names the commune, not 97214
    assert 'href="?q=s%C3%A9curit%C3%A9%20informatique"' in html  # related searches, in French only
    assert 'href="?q=cybersecurity"' not in html and 'href="?q=ciberseguridad"' not in html


def test_bad_parameters_are_explained_and_the_rest_is_used(client, indexed):
    response = client.get("/fr/recherche/", {"q": "réseaux", "niveau": "12", "page": "x"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Administrateur réseaux" in html


def test_the_page_runs_a_bounded_number_of_queries(client, indexed, django_assert_max_num_queries):
    client.get("/fr/recherche/")  # the layout's cache (portail/site_cache.py, navigation)
    # The search's own (9 on PostgreSQL: synonyms, its transaction, the statement, labels, rows),
    # the layout 1 at most.
    with django_assert_max_num_queries(10):
        client.get("/fr/recherche/", {"q": "réseaux", "niveau": ["4", "5"], "modalite": "presentiel"})


def test_the_header_has_a_search_box(client, site_tree):
    html = client.get("/en/").content.decode()
    assert 'action="/en/search/"' in html


def test_a_commune_in_the_text_is_the_place_nearest_first_and_can_be_dropped(client, indexed):
    html = client.get("/fr/recherche/", {"q": "formation au Lamentin"}).content.decode()
    assert "Dans un rayon de 20 km autour de : Le Lamentin — du plus proche au plus loin." in html
    assert 'value="formation au Lamentin"' in html  # the box keeps what was typed
    nearest, further = "Développeur web en apprentissage", "Développeurs d&#x27;applications mobiles"
    assert html.index(nearest) < html.index(further)
    assert "BTS Services informatiques" not in html  # 25.7 km away
    assert "Administrateur réseaux" not in html  # in Guadeloupe
    everywhere = client.get("/fr/recherche/", {"q": "formation au Lamentin", "anywhere": "1"})
    assert "dans un rayon de" not in everywhere.content.decode()


def test_a_radius_from_a_chosen_commune(client, indexed):
    params = {"type": "formation", "near": "97213", "radius": "12"}
    html = client.get("/fr/recherche/", params).content.decode()
    assert "3 résultats" in html
    assert '<option value="10">10 km</option>' in html and 'value="12"' in html
    wrong = client.get("/fr/recherche/", {"type": "formation", "radius": "12"}).content.decode()
    assert "choisissez la commune" in wrong and 'role="alert"' in wrong


def test_a_misspelt_word_is_corrected_and_said_so(client, indexed):
    html = client.get("/fr/recherche/", {"q": "devlopeur web"}).content.decode()
    assert "voici les résultats pour « <strong>développeur web</strong> »" in html
    assert "Développeur web en apprentissage" in html


def test_a_kind_of_result_and_a_place_is_that_kind_there(client, indexed):
    data = client.get("/api/search/", {"q": "Formations au Lamentin", "lang": "fr"}).json()
    assert data["place"] == "Le Lamentin"
    assert [hit["title"] for hit in data["results"]] == [
        "Développeur web en apprentissage",  # Fort-de-France, 8 km
        "Technicien en cybersécurité",
        "Bureautique pour débuter",  # Rivière-Salée, 10 km
        "Développeurs d'applications mobiles",  # Le Vauclin, 14.5 km
    ]
    words = client.get("/api/search/", {"q": "bureautique au Lamentin", "lang": "fr"}).json()
    assert [hit["title"] for hit in words["results"]] == ["Bureautique pour débuter"]
