"""The Elasticsearch engine's mappings and request bodies (no cluster needed: nothing is sent)."""

import datetime

from search.documents import SearchDocument
from search.engines.elasticsearch import build_search
from search.engines.es_index import SEPARATOR, as_source, index_body
from search.facets import FACETS
from search.query import SearchQuery


def test_each_language_has_its_analyzer_with_elision_folding_stemming_and_synonyms():
    body = index_body(["cybersecurite, cybersecurity, ciberseguridad"])
    analysis = body["settings"]["analysis"]
    assert analysis["filter"]["synonyms_fr"]["type"] == "synonym_graph"
    assert analysis["filter"]["synonyms_fr"]["synonyms"] == ["cybersecurite, cybersecurity, ciberseguridad"]
    assert analysis["filter"]["stem_fr"] == {"type": "snowball", "language": "French"}
    assert analysis["filter"]["stem_es"] == {"type": "snowball", "language": "Spanish"}
    assert analysis["filter"]["stop_fr"] == {"type": "stop", "stopwords": "_french_"}
    assert "l" in analysis["filter"]["portail_elision"]["articles"]
    for code in ("fr", "en", "es"):
        field = body["mappings"]["properties"][f"{code}_title"]
        assert (field["analyzer"], field["search_analyzer"]) == (f"text_{code}", f"search_{code}")


def test_stop_words_go_before_folding_and_nothing_removes_tokens_after_the_synonyms():
    analysis = index_body(["cybersecurite, cybersecurity"])["settings"]["analysis"]
    assert analysis["analyzer"]["text_fr"]["filter"] == [
        "portail_elision",
        "lowercase",
        "stop_fr",  # "à", "où", "été" are still accented here, as in the _french_ list
        "asciifolding",
        "stem_fr",
    ]
    assert analysis["analyzer"]["search_fr"]["filter"] == [
        "portail_elision",
        "lowercase",
        "stop_fr",
        "asciifolding",
        "synonyms_fr",
        "stem_fr",  # the last graph-unaware filter after synonym_graph changes tokens, removes none
    ]
    english = analysis["analyzer"]["search_en"]["filter"]
    assert english[0] == "stem_possessive_en"  # as Elasticsearch's english analyzer: "company's"
    for code in ("en", "es"):
        chain = analysis["analyzer"][f"search_{code}"]["filter"]
        assert chain.index("lowercase") < chain.index(f"stop_{code}") < chain.index("asciifolding")
        assert chain[-2:] == [f"synonyms_{code}", f"stem_{code}"]


def test_multi_word_synonyms_are_written_as_the_stop_filter_leaves_them():
    rules = ["securite des systemes, cybersecurite", "la, le"]
    filters = index_body(rules)["settings"]["analysis"]["filter"]
    assert filters["synonyms_fr"]["synonyms"] == ["securite systemes, cybersecurite"]
    assert filters["synonyms_en"]["synonyms"] == ["securite des systemes, cybersecurite", "la, le"]
    assert filters["synonyms_es"]["synonyms"] == ["securite des systemes, cybersecurite"]


def test_the_mapping_has_a_keyword_per_facet_a_geo_point_and_completion():
    properties = index_body([])["mappings"]["properties"]
    assert set(properties["facets"]["properties"]) == {facet.key for facet in FACETS}
    assert properties["facets"]["properties"]["niveau"] == {"type": "keyword", "ignore_above": 1024}
    assert properties["location"] == {"type": "geo_point"}
    assert properties["suggest"]["type"] == "completion"
    assert index_body([])["mappings"]["dynamic"] == "strict"


def keywords(properties: dict, path: str = "") -> dict[str, dict]:
    found = {}
    for name, field in properties.items():
        found |= keywords(field.get("properties", {}), f"{path}{name}.")
        if field.get("type") == "keyword":
            found[f"{path}{name}"] = field
    return found


def test_no_keyword_can_refuse_a_long_value():
    """Lucene refuses a term or doc value over 32,766 bytes, and that refuses the whole document."""
    fields = keywords(index_body([])["mappings"]["properties"])
    shown = {name for name, field in fields.items() if field.get("index") is False}
    assert shown == {"title", "url", "summary", "body"}
    for name, field in fields.items():
        if name in shown:
            assert field["doc_values"] is False  # in _source only
        else:
            assert field["ignore_above"] * 4 <= 32_766  # characters of up to 4 bytes in UTF-8
    page = SearchDocument(type="page", locale="fr", title="Titre " * 10_000, url="/", body="mot " * 20_000)
    assert len(as_source("page:1", page)["title_sort"]) <= fields["title_sort"]["ignore_above"]


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
    assert body["highlight"]["max_analyzed_offset"] <= 1_000_000  # a long body is cut, not an error
    assert body["sort"][0] == "_score"


def test_typos_fall_back_to_fuzzy_titles():
    body = build_search(SearchQuery("cybersecurti", "fr"), "portail-fr", fuzzy=True).to_dict()
    should = body["query"]["function_score"]["query"]["bool"]["should"]
    match = {"query": "cybersecurti", "operator": "and", "fuzziness": "AUTO"}
    assert should[0] == {"match": {"fr_title": match}}
    assert should[1] == {"match_bool_prefix": {"fr_title": match}}  # "cyber" finds "cybersécurité"


def test_a_radius_filters_the_hits_and_the_facets_around_the_place():
    query = SearchQuery("atelier", near=(14.6, -61.0), radius_km=20, sort="distance")
    body = build_search(query, "portail-fr").to_dict()
    geo = {"geo_distance": {"distance": "20km", "location": {"lat": 14.6, "lon": -61.0}}}
    assert body["query"]["bool"]["filter"] == [geo]  # in the query: the aggregations count within it
    assert "geo_distance" not in str(body.get("post_filter", ""))


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
