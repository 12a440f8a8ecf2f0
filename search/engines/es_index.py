"""The Elasticsearch indexes' settings and mappings, and a SearchDocument as an indexed document.

Analysis follows the order of Elasticsearch's own language analyzers (elision, lowercase, stop
words, then the stemmer), with ASCII folding after the stop words (whose lists are accented: "à",
"où", "été") and before the stemmer. At search time the synonyms come after the stop words and
before the stemmer, the only filter after them: a filter removing tokens after `synonym_graph`
breaks its graph of multi-word synonyms.
"""

from search.facets import FACETS
from search.models import SynonymGroup
from search.text import STOP_WORDS, words

STEMMERS = {"fr": "French", "en": "English", "es": "Spanish"}
STOP = {"fr": "_french_", "en": "_english_", "es": "_spanish_"}
ELISION = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]
SEPARATOR = "\x1f"  # between a facet value and its label in `facet_terms`
TEXT_FIELDS = ("title", "summary", "body")
# Indexed keywords skip longer values (Lucene refuses terms over 32,766 bytes: 4 bytes a character)
KEYWORD = {"type": "keyword", "ignore_above": 1024}
# Shown, never searched: kept in _source only (no terms, no doc values, so no length limit)
DISPLAY = {"type": "keyword", "index": False, "doc_values": False}
SORT_LENGTH = 200  # characters of the title kept for sorting


def synonym_rules() -> list[str]:
    return [", ".join(" ".join(words(term)) for term in group.terms) for group in SynonymGroup.objects.all()]


def rules_without_stop_words(rules: list[str], language: str) -> list[str]:
    """The rules as the search analyzer sees them: the stop filter, before the synonyms, has removed
    the language's stop words ("securite des systemes" becomes "securite systemes")."""
    stop = STOP_WORDS[language]
    kept = []
    for rule in rules:
        terms = [" ".join(w for w in term.split() if w not in stop) for term in rule.split(", ")]
        terms = list(dict.fromkeys(term for term in terms if term))
        if len(terms) > 1:
            kept.append(", ".join(terms))
    return kept or ["portail"]  # synonym_graph needs a rule


def index_body(rules: list[str]) -> dict:
    """Settings and mappings of an index (the same for the three display languages)."""
    filters = {"portail_elision": {"type": "elision", "articles_case": True, "articles": ELISION}}
    analyzers = {}
    for code, stemmer in STEMMERS.items():
        filters[f"stem_{code}"] = {"type": "snowball", "language": stemmer}
        filters[f"stop_{code}"] = {"type": "stop", "stopwords": STOP[code]}
        filters[f"synonyms_{code}"] = {
            "type": "synonym_graph",
            "lenient": True,
            "synonyms": rules_without_stop_words(rules, code),
        }
        before = ["portail_elision", "lowercase", f"stop_{code}", "asciifolding"]
        if code == "en":
            before.insert(0, "stem_possessive_en")
        analyzers[f"text_{code}"] = {"tokenizer": "standard", "filter": [*before, f"stem_{code}"]}
        analyzers[f"search_{code}"] = {
            "tokenizer": "standard",
            "filter": [*before, f"synonyms_{code}", f"stem_{code}"],
        }
    filters["stem_possessive_en"] = {"type": "stemmer", "language": "possessive_english"}
    analyzers["folded_words"] = {
        "tokenizer": "standard",
        "filter": ["portail_elision", "lowercase", "asciifolding"],
    }
    properties = {
        "group_key": KEYWORD,
        "type": KEYWORD,
        "content_language": KEYWORD,
        "title": DISPLAY,
        "title_sort": {**KEYWORD, "normalizer": "folded"},
        "url": DISPLAY,
        "summary": DISPLAY,
        "body": DISPLAY,
        "next_date": {"type": "date"},
        "deadline": {"type": "date"},
        "location": {"type": "geo_point"},
        "boost": {"type": "float"},
        "suggest": {"type": "completion", "analyzer": "folded_words"},
        "facets": {"properties": {facet.key: KEYWORD for facet in FACETS}},
        "facet_terms": {"properties": {facet.key: KEYWORD for facet in FACETS}},
    }
    for code in STEMMERS:
        for name in TEXT_FIELDS:
            properties[f"{code}_{name}"] = {
                "type": "text",
                "analyzer": f"text_{code}",
                "search_analyzer": f"search_{code}",
            }
    return {
        "settings": {
            "number_of_shards": 1,
            "analysis": {
                "filter": filters,
                "analyzer": analyzers,
                "normalizer": {"folded": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
            },
        },
        "mappings": {"dynamic": "strict", "properties": properties},
    }


def as_source(key: str, document) -> dict:
    """A SearchDocument as the source of an Elasticsearch document."""
    code = document.locale if document.locale in STEMMERS else "fr"
    facets = {"type": [document.type], **document.facets}
    return {
        "group_key": key,
        "type": document.type,
        "content_language": document.locale,
        "title": document.title,
        "title_sort": document.title[:SORT_LENGTH],
        "url": document.url,
        "summary": document.summary,
        "body": document.body,
        f"{code}_title": document.title,
        f"{code}_summary": document.summary,
        f"{code}_body": document.body,
        "next_date": document.next_date,
        "deadline": document.deadline,
        "location": {"lat": document.latitude, "lon": document.longitude}
        if document.latitude is not None
        else None,
        "boost": document.boost,
        "suggest": {"input": [document.title], "weight": max(1, round(document.boost * 10))},
        "facets": {key: list(dict.fromkeys(values)) for key, values in facets.items()},
        "facet_terms": {
            key: [
                f"{value}{SEPARATOR}{document.facet_labels.get((key, value), '')}"
                for value in dict.fromkeys(values)
            ]
            for key, values in facets.items()
        },
    }
