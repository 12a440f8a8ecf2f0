"""The Elasticsearch engine: one index per display language behind an alias, built with elasticsearch-dsl.

A document's text goes into the fields of its own language (`fr_title`, `en_summary`…), analysed
with that language's stemmer after elision and ASCII folding; searches add the editors' synonyms.
Facets are disjunctive: the hits are filtered by `post_filter`, and each facet's aggregation
applies every other facet's filter.
"""

import datetime
import math
from collections import defaultdict

from elasticsearch import Elasticsearch, helpers
from elasticsearch_dsl import Q, Search

from django.conf import settings
from django.utils import timezone
from django.utils.translation import override

from search.engines.database import facet_values
from search.facets import FACETS
from search.models import SynonymGroup
from search.query import Hit, SearchQuery, SearchResults, highlight, parse, synonym_index
from search.registry import languages
from search.text import words

STEMMERS = {"fr": "French", "en": "English", "es": "Spanish"}
STOP = {"fr": "_french_", "en": "_english_", "es": "_spanish_"}
ELISION = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]
SEPARATOR = "\x1f"  # between a facet value and its label in `facet_terms`
TEXT_FIELDS = ("title", "summary", "body")


def synonym_rules() -> list[str]:
    return [", ".join(" ".join(words(term)) for term in group.terms) for group in SynonymGroup.objects.all()]


def index_body(rules: list[str]) -> dict:
    """Settings and mappings of an index (the same for the three display languages)."""
    filters = {
        "portail_elision": {"type": "elision", "articles_case": True, "articles": ELISION},
        "portail_synonyms": {"type": "synonym_graph", "lenient": True, "synonyms": rules or ["portail"]},
    }
    analyzers = {}
    for code, stemmer in STEMMERS.items():
        filters[f"stem_{code}"] = {"type": "snowball", "language": stemmer}
        filters[f"stop_{code}"] = {"type": "stop", "stopwords": STOP[code]}
        base = ["portail_elision", "lowercase", "asciifolding"]
        analyzers[f"text_{code}"] = {
            "tokenizer": "standard",
            "filter": [*base, f"stop_{code}", f"stem_{code}"],
        }
        analyzers[f"search_{code}"] = {
            "tokenizer": "standard",
            "filter": [*base, "portail_synonyms", f"stop_{code}", f"stem_{code}"],
        }
    properties = {
        "group_key": {"type": "keyword"},
        "type": {"type": "keyword"},
        "content_language": {"type": "keyword"},
        "title": {"type": "keyword", "index": False},
        "title_sort": {"type": "keyword", "normalizer": "folded"},
        "url": {"type": "keyword", "index": False},
        "summary": {"type": "keyword", "index": False},
        "body": {"type": "keyword", "index": False},
        "next_date": {"type": "date"},
        "deadline": {"type": "date"},
        "location": {"type": "geo_point"},
        "boost": {"type": "float"},
        "suggest": {"type": "completion", "analyzer": "folded_words"},
        "facets": {"properties": {facet.key: {"type": "keyword"} for facet in FACETS}},
        "facet_terms": {"properties": {facet.key: {"type": "keyword"} for facet in FACETS}},
    }
    analyzers["folded_words"] = {
        "tokenizer": "standard",
        "filter": ["portail_elision", "lowercase", "asciifolding"],
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
        "title_sort": document.title,
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


def text_query(text: str, fuzzy: bool = False) -> Q:
    """The words in any of the three languages' fields, analysed as that language (with synonyms).

    `fuzzy` (when nothing matched): titles within an edit distance of the words typed.
    """
    per_language = []
    for code in STEMMERS:
        if fuzzy:
            match = {"query": text, "operator": "and", "fuzziness": "AUTO"}
            per_language.append(Q("match", **{f"{code}_title": match}))
        else:
            fields = [f"{code}_title^3", f"{code}_summary^2", f"{code}_body"]
            per_language.append(
                Q("multi_match", query=text, fields=fields, type="cross_fields", operator="and")
            )
    return Q("bool", should=per_language, minimum_should_match=1)


def facet_filter(key: str, values: list[str]) -> Q:
    return Q("terms", **{f"facets.{key}": values})


def build_search(query: SearchQuery, index: str, fuzzy: bool = False) -> Search:
    """The request for a search: text query, post_filter, one aggregation per facet, sort, page."""
    search = Search(index=index).extra(track_total_hits=True)
    if query.text.strip():
        scored = Q(
            "function_score", query=text_query(query.text, fuzzy), field_value_factor={"field": "boost"}
        )
        search = search.query(scored)
    selected = {key: values for key, values in query.filters.items() if values}
    if selected:
        search = search.post_filter(Q("bool", filter=[facet_filter(k, v) for k, v in selected.items()]))
    for facet in FACETS:
        others = [facet_filter(k, v) for k, v in selected.items() if k != facet.key]
        bucket = search.aggs.bucket(facet.key, "filter", filter=Q("bool", filter=others))
        bucket.bucket("values", "terms", field=f"facet_terms.{facet.key}", size=300)
    if query.sort in ("session", "deadline"):
        field = "next_date" if query.sort == "session" else "deadline"
        today = datetime.datetime.combine(timezone.localdate(), datetime.time(), tzinfo=datetime.UTC)
        upcoming = {
            "type": "number",
            "order": "asc",
            "script": {
                "source": f"if (doc['{field}'].size() == 0) return Long.MAX_VALUE; "
                f"long day = doc['{field}'].value.toInstant().toEpochMilli(); "
                "return day < params.today ? Long.MAX_VALUE : day;",
                "params": {"today": int(today.timestamp() * 1000)},
            },
        }
        search = search.sort({"_script": upcoming}, "title_sort", "group_key")
    elif query.sort == "distance" and query.near:
        point = {"lat": query.near[0], "lon": query.near[1]}
        search = search.sort(
            {"_geo_distance": {"location": point, "order": "asc", "unit": "km"}}, "title_sort"
        )
    elif query.sort == "title":
        search = search.sort("title_sort", "group_key")
    elif query.text.strip():
        search = search.sort("_score", "title_sort", "group_key")
    else:
        search = search.sort({"boost": "desc"}, "title_sort", "group_key")
    fields = [f"{code}_{name}" for code in STEMMERS for name in ("summary", "body")]
    search = search.highlight(*fields, number_of_fragments=1, fragment_size=200)
    search = search.highlight_options(pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html")
    return search[query.offset : query.offset + query.page_size]


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url: str, prefix: str | None = None):
        self.client = Elasticsearch(url, request_timeout=3, max_retries=0, retry_on_timeout=False)
        self.prefix = prefix or getattr(settings, "SEARCH_INDEX_PREFIX", "portail")

    def alias(self, language: str) -> str:
        return f"{self.prefix}-{language}"

    # Writing

    def _ensure(self, language: str) -> None:
        if not self.client.indices.exists_alias(name=self.alias(language)):
            name = f"{self.alias(language)}-{timezone.now():%Y%m%d%H%M%S%f}"
            self.client.indices.create(index=name, **index_body(synonym_rules()))
            self.client.indices.put_alias(index=name, name=self.alias(language))

    def replace(self, groups: dict) -> int:
        actions = []
        for language in languages():
            self._ensure(language)
            index = self.alias(language)
            for key, shown in groups.items():
                document = dict(shown).get(language)
                if document is None:
                    actions.append({"_op_type": "delete", "_index": index, "_id": key})
                else:
                    actions.append({"_index": index, "_id": key, "_source": as_source(key, document)})
        helpers.bulk(self.client, actions, raise_on_error=False, refresh="wait_for")
        return sum(len(shown) for shown in groups.values())

    def rebuild(self, batches):
        """Fill new indexes, then move the aliases to them and drop the old ones."""
        body = index_body(synonym_rules())
        stamp = f"{timezone.now():%Y%m%d%H%M%S%f}"
        new = {language: f"{self.alias(language)}-{stamp}" for language in languages()}
        for name in new.values():
            self.client.indices.create(index=name, **body)
        for groups in batches:
            actions = [
                {"_index": new[language], "_id": key, "_source": as_source(key, document)}
                for key, shown in groups.items()
                for language, document in shown
            ]
            helpers.bulk(self.client, actions)
            yield len(actions)
        swaps, old = [], []
        for language, name in new.items():
            alias = self.alias(language)
            if self.client.indices.exists_alias(name=alias):
                old += list(self.client.indices.get_alias(name=alias))
                swaps.append({"remove": {"index": "*", "alias": alias}})
            swaps.append({"add": {"index": name, "alias": alias}})
        self.client.indices.update_aliases(actions=swaps)
        self.client.indices.refresh(index=list(new.values()))
        for name in old:
            self.client.indices.delete(index=name)

    def delete_indexes(self) -> None:
        self.client.indices.delete(index=f"{self.prefix}-*")

    # Reading

    def search(self, query: SearchQuery) -> SearchResults:
        index = self.alias(query.language)
        response = build_search(query, index).using(self.client).execute()
        fuzzy = False
        if not response.hits.total.value and query.text.strip():
            response = build_search(query, index, fuzzy=True).using(self.client).execute()
            fuzzy = bool(response.hits.total.value)
        clauses = parse(query.text, synonym_index([group.terms for group in SynonymGroup.objects.all()]))
        with override(query.language):
            facets = {}
            for facet in FACETS:
                counts = defaultdict(lambda: (0, ""))
                for bucket in response.aggregations[facet.key]["values"]["buckets"]:
                    value, _sep, label = bucket["key"].partition(SEPARATOR)
                    counts[value] = (counts[value][0] + bucket["doc_count"], label or counts[value][1])
                facets[facet.key] = facet_values(facet, dict(counts), query.filters.get(facet.key, []))
        return SearchResults(
            count=response.hits.total.value,
            hits=[self._hit(hit, query, clauses) for hit in response.hits],
            facets=facets,
            engine=self.name,
            fuzzy=fuzzy,
        )

    @staticmethod
    def _hit(hit, query: SearchQuery, clauses) -> Hit:
        marked = getattr(hit.meta, "highlight", None)
        fragments = [fragment for field in (marked or {}) for fragment in marked[field]]
        language = hit.content_language
        distance = None
        if query.sort == "distance" and query.near and hit.meta.sort and not math.isinf(hit.meta.sort[0]):
            distance = round(hit.meta.sort[0], 1)
        return Hit(
            type=hit.type,
            title=hit.title,
            url=hit.url,
            locale=language,
            summary=hit.summary,
            highlight=fragments[0]
            if fragments
            else highlight(hit.summary or hit.body[:600], clauses, language),
            next_date=_date(getattr(hit, "next_date", None)),
            deadline=_date(getattr(hit, "deadline", None)),
            distance_km=distance,
            key=hit.group_key,
        )

    def suggest(self, text: str, language: str, limit: int = 8) -> list[str]:
        if len(text.strip()) < 2:
            return []
        search = Search(index=self.alias(language)).suggest(
            "titles", text, completion={"field": "suggest", "size": limit, "skip_duplicates": True}
        )
        response = search.using(self.client).extra(size=0).execute()
        return [option["_source"]["title"] for option in response.suggest["titles"][0]["options"]]


def _date(value):
    if not value:
        return None
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value)[:10])
