"""What every engine must do, run against the database engine and (with a cluster) Elasticsearch.

A test module imports these tests and defines an `engine` fixture whose index holds `corpus`.
"""

from catalogue.models import TrainingPage
from financements.models import FundingSchemePage
from tests.search.conftest import counts, run, titles


def live_french(model):
    return model.objects.live().filter(locale__language_code="fr").count()


def test_accents_and_case_are_ignored(engine, corpus):
    for typed in ("cybersécurité", "CYBERSECURITE", "Cybersecurite"):
        assert titles(run(engine, text=typed)) == ["Technicien en cybersécurité"], typed


def test_plural_and_singular_find_the_same_programmes(engine, corpus):
    reseaux = titles(run(engine, text="réseaux"))
    assert "Administrateur réseaux" in reseaux
    assert "Technicien en cybersécurité" in reseaux
    assert sorted(titles(run(engine, text="reseau"))) == sorted(reseaux)
    assert titles(run(engine, text="développeurs")) == titles(run(engine, text="developpeur"))
    assert "Développeurs d'applications mobiles" in titles(run(engine, text="developpeur"))


def test_elision_is_ignored(engine, corpus):
    assert "Développeurs d'applications mobiles" in titles(run(engine, text="applications"))
    assert "Développeurs d'applications mobiles" in titles(run(engine, text="l'application"))


def test_a_french_only_record_is_found_in_english_and_spanish_with_its_language(engine, corpus):
    for language, typed in (("en", "cybersecurity"), ("es", "ciberseguridad"), ("fr", "cybersecurity")):
        results = run(engine, text=typed, language=language)
        assert [(hit.title, hit.locale) for hit in results.hits] == [("Technicien en cybersécurité", "fr")]


def test_a_translated_record_is_shown_in_the_visitors_language(engine, corpus):
    results = run(engine, text="BTS", language="en")
    assert [(hit.title, hit.locale) for hit in results.hits] == [("BTS IT services for organisations", "en")]
    assert results.hits[0].url.startswith("/en/")
    results = run(engine, text="BTS", language="es")
    assert [(hit.title, hit.locale) for hit in results.hits] == [
        ("BTS Services informatiques aux organisations", "fr")
    ]


def test_type_counts_match_the_published_content(engine, corpus):
    results = run(engine)
    type_counts = counts(results, "type")
    assert type_counts["formation"] == live_french(TrainingPage)
    assert type_counts["financement"] == live_french(FundingSchemePage)
    assert results.count == sum(type_counts.values())


def test_within_a_facet_or_across_facets_and(engine, corpus):
    level_5 = run(engine, filters={"niveau": ["5"]})
    assert sorted(titles(level_5)) == [
        "BTS Services informatiques aux organisations",
        "Technicien en cybersécurité",
    ]
    both = run(engine, filters={"niveau": ["5", "6"]})
    assert both.count == 4
    narrowed = run(engine, filters={"niveau": ["5", "6"], "modalite": ["hybride"]})
    assert titles(narrowed) == ["Développeurs d'applications mobiles"]


def test_a_facets_own_choice_keeps_its_other_values_visible(engine, corpus):
    results = run(engine, filters={"niveau": ["5"]})
    levels = counts(results, "niveau")
    assert levels == {"3": 1, "4": 1, "5": 2, "6": 2}
    assert [v.selected for v in results.facets["niveau"] if v.value == "5"] == [True]
    # Other facets count what the chosen level gives.
    assert counts(results, "modalite") == {"presentiel": 2}
    assert counts(results, "type") == {"formation": 2}


def test_facet_labels_are_translated_and_values_are_not(engine, corpus):
    french = {v.value: v.label for v in run(engine, language="fr").facets["niveau"]}
    english = {v.value: v.label for v in run(engine, language="en").facets["niveau"]}
    assert french["5"] == "Bac+2 (niveau 5)"
    assert english["5"] == "Bac+2 (level 5)"
    communes = {v.value: v.label for v in run(engine).facets["commune"]}
    assert communes["97209"] == "Fort-de-France"


def test_funding_facets(engine, corpus):
    results = run(engine, filters={"type": ["financement"], "epci": ["cap-nord"]})
    assert titles(results) == ["Aide du Nord"]
    assert counts(run(engine, filters={"aide": ["pret"]}), "type") == {"financement": 1}


def test_sort_by_next_session(engine, corpus):
    found = titles(run(engine, filters={"type": ["formation"]}, sort="session"))
    assert found[:4] == [
        "Administrateur réseaux",
        "Technicien en cybersécurité",
        "BTS Services informatiques aux organisations",
        "Médiateur numérique à distance",
    ]


def test_sort_by_deadline(engine, corpus):
    assert titles(run(engine, filters={"type": ["financement"]}, sort="deadline"))[0] == "Mofwazaj Dijital"


def test_sort_by_distance_from_a_commune(engine, corpus):
    lamentin = (14.61, -60.99)
    results = run(engine, filters={"type": ["formation"]}, sort="distance", near=lamentin)
    # Both are in Fort-de-France (the programme, the provider of the other): same distance, by title.
    assert titles(results)[:2] == ["Développeur web en apprentissage", "Technicien en cybersécurité"]
    assert results.hits[0].distance_km < 15


def test_a_radius_keeps_what_is_within_that_distance_and_counts_only_that(engine, corpus):
    lamentin = (14.61, -60.99)  # Fort-de-France and Schœlcher are 9 km away, Le Vauclin 14.5 km
    near = run(engine, filters={"type": ["formation"]}, sort="distance", near=lamentin, radius_km=12)
    assert titles(near) == [
        "Développeur web en apprentissage",
        "Technicien en cybersécurité",
        "Bureautique pour débuter",
    ]
    assert near.count == 3 and counts(near, "type") == {"formation": 3}
    assert all(hit.distance_km <= 12 for hit in near.hits)
    wider = titles(run(engine, filters={"type": ["formation"]}, sort="distance", near=lamentin, radius_km=30))
    assert wider[:3] == titles(near) and "Développeurs d'applications mobiles" in wider
    # Without a place (distance learning, places unknown) nothing is within a radius.
    assert "Médiateur numérique à distance" not in wider


def test_sort_by_title_ignores_accents_and_case(engine, corpus):
    found = titles(run(engine, filters={"type": ["formation"]}, sort="title"))
    assert found[:3] == [
        "Administrateur réseaux",
        "BTS Services informatiques aux organisations",
        "Bureautique pour débuter",
    ]
    assert found.index("Développeur web en apprentissage") < found.index("Médiateur numérique à distance")


def test_hits_name_their_object_for_listings(engine, corpus):
    from search.listings import objects_of

    results = run(engine, filters={"type": ["formation"]}, sort="title")
    pages = objects_of(results, TrainingPage.objects.filter(locale__language_code="fr"))
    assert [page.title for page in pages] == titles(results)


def test_pagination(engine, corpus):
    everything = titles(run(engine, filters={"type": ["formation"]}, sort="session"))
    second = run(engine, filters={"type": ["formation"]}, sort="session", page=2, page_size=3)
    assert second.count == len(everything)
    assert titles(second) == everything[3:6]


def test_highlighted_snippet(engine, corpus):
    hit = run(engine, text="réseaux").hits[0]
    assert "<mark>" in hit.highlight


def test_nothing_found(engine, corpus):
    results = run(engine, text="zzzqqq", filters={"niveau": ["8"]})
    assert results.count == 0
    assert results.hits == []
