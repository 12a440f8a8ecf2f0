"""The Elasticsearch engine's mappings and request bodies (no cluster needed: nothing is sent)."""

import datetime

from search.documents import SearchDocument
from search.engines.elasticsearch import SEPARATOR, as_source, build_search, index_body
from search.facets import FACETS
from search.query import SearchQuery


def test_each_language_has_its_analyzer_with_elision_folding_stemming_and_synonyms():
    body = index_body(["cybersecurite, cybersecurity, ciberseguridad"])
    analysis = body["settings"]["analysis"]
    assert analysis["filter"]["portail_synonyms"]["synonyms"] == [
        "cybersecurite, cybersecurity, ciberseguridad"
    ]
    assert analysis["filter"]["stem_fr"] == {"type": "snowball", "language": "French"}
    assert analysis["filter"]["stem_es"] == {"type": "snowball", "language": "Spanish"}
    assert "l" in analysis["filter"]["portail_elision"]["articles"]
    for code in ("fr", "en", "es"):
        indexing = analysis["analyzer"][f"text_{code}"]["filter"]
        searching = analysis["analyzer"][f"search_{code}"]["filter"]
        assert indexing[:3] == ["portail_elision", "lowercase", "asciifolding"]
        assert indexing[-1] == f"stem_{code}"
        assert "portail_synonyms" in searching and "portail_synonyms" not in indexing
        field = body["mappings"]["properties"][f"{code}_title"]
        assert (field["analyzer"], field["search_analyzer"]) == (f"text_{code}", f"search_{code}")


def test_the_mapping_has_a_keyword_per_facet_a_geo_point_and_completion():
    properties = index_body([])["mappings"]["properties"]
    assert set(properties["facets"]["properties"]) == {facet.key for facet in FACETS}
    assert properties["location"] == {"type": "geo_point"}
    assert properties["suggest"]["type"] == "completion"
    assert index_body([])["mappings"]["dynamic"] == "strict"


def test_a_document_goes_into_the_fields_of_its_language():
    document = SearchDocument(
        type="formation",
        locale="fr",
        title="Technicien réseaux",
        url="/fr/formations/technicien/",
        summary="Protéger les réseaux.",
        facets={"commune": ["97209"], "niveau": ["5"]},
        facet_labels={("commune", "97209"): "Fort-de-France"},
        latitude=14.6,
        longitude=-61.07,
        next_date=datetime.date(2026, 12, 1),
    )
    source = as_source("catalogue.trainingpage:abc", document)
    assert source["fr_title"] == "Technicien réseaux" and "en_title" not in source
    assert source["facets"] == {"type": ["formation"], "commune": ["97209"], "niveau": ["5"]}
    assert source["facet_terms"]["commune"] == [f"97209{SEPARATOR}Fort-de-France"]
    assert source["location"] == {"lat": 14.6, "lon": -61.07}


def test_facets_are_disjunctive_with_post_filter_and_filtered_aggregations():
    query = SearchQuery("réseaux", "en", {"niveau": ["5", "6"], "modalite": ["presentiel"]})
    body = build_search(query, "portail-en").to_dict()
    assert body["post_filter"] == {
        "bool": {
            "filter": [
                {"terms": {"facets.niveau": ["5", "6"]}},
                {"terms": {"facets.modalite": ["presentiel"]}},
            ]
        }
    }
    # A facet's counts apply the other facets' choices, not its own.
    assert body["aggs"]["niveau"]["filter"] == {
        "bool": {"filter": [{"terms": {"facets.modalite": ["presentiel"]}}]}
    }
    assert body["aggs"]["modalite"]["filter"] == {
        "bool": {"filter": [{"terms": {"facets.niveau": ["5", "6"]}}]}
    }
    assert body["aggs"]["type"]["filter"]["bool"]["filter"] == body["post_filter"]["bool"]["filter"]
    assert body["aggs"]["niveau"]["aggs"]["values"]["terms"]["field"] == "facet_terms.niveau"
    assert body["track_total_hits"] is True


def test_the_text_is_searched_in_every_language_with_its_analyzer_and_highlighted():
    body = build_search(SearchQuery("cybersecurity", "es"), "portail-es").to_dict()
    should = body["query"]["function_score"]["query"]["bool"]["should"]
    assert [clause["multi_match"]["fields"][0] for clause in should] == [
        "fr_title^3",
        "en_title^3",
        "es_title^3",
    ]
    assert all(clause["multi_match"]["operator"] == "and" for clause in should)
    assert body["highlight"]["pre_tags"] == ["<mark>"] and body["highlight"]["encoder"] == "html"
    assert body["sort"][0] == "_score"


def test_typos_fall_back_to_fuzzy_titles():
    body = build_search(SearchQuery("cybersecurti", "fr"), "portail-fr", fuzzy=True).to_dict()
    should = body["query"]["function_score"]["query"]["bool"]["should"]
    assert should[0] == {
        "match": {"fr_title": {"query": "cybersecurti", "operator": "and", "fuzziness": "AUTO"}}
    }


def test_sorts_distance_next_session_and_pages():
    near = build_search(SearchQuery(sort="distance", near=(14.6, -61.0), page=3, page_size=20), "i").to_dict()
    assert near["sort"][0] == {
        "_geo_distance": {"location": {"lat": 14.6, "lon": -61.0}, "order": "asc", "unit": "km"}
    }
    assert (near["from"], near["size"]) == (40, 20)
    session = build_search(SearchQuery(sort="session"), "i").to_dict()
    assert "next_date" in session["sort"][0]["_script"]["script"]["source"]
    assert "query" not in session  # no text: every document, by the sort
    by_title = build_search(SearchQuery(text="réseau", sort="title"), "i").to_dict()
    assert by_title["sort"] == ["title_sort", "group_key"]  # the folded keyword: accents and case ignored
