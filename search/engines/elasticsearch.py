"""The Elasticsearch engine: one index per display language behind an alias, built with elasticsearch-dsl.

A document's text goes into the fields of its own language (`fr_title`, `en_summary`…), analysed
as `es_index` describes; searches add the editors' synonyms.
Facets are disjunctive: the hits are filtered by `post_filter`, and each facet's aggregation
applies every other facet's filter.
"""

import datetime
import logging
import math
from collections import defaultdict

from elasticsearch import BadRequestError
from elasticsearch_dsl import Q, Search

from django.conf import settings
from django.utils import timezone
from django.utils.translation import override

from search.engines.es_client import ClusterSkipped, IndexingError, bulk, connection
from search.engines.es_index import SEPARATOR, STEMMERS, as_source, index_body, synonym_rules
from search.facets import FACETS, facet_values
from search.models import SynonymGroup
from search.query import Hit, SearchQuery, SearchResults, highlight, parse, synonym_index
from search.registry import languages

logger = logging.getLogger(__name__)
HIGHLIGHT_CHARS = 100_000


def text_query(text: str, fuzzy: bool = False) -> Q:
    """The words in any of the three languages' fields, analysed as that language (with synonyms).

    `fuzzy` (when nothing matched): titles within an edit distance of the words typed, or whose
    words start with the last word typed ("cyber": "cybersécurité").
    """
    per_language = []
    for code in STEMMERS:
        if fuzzy:
            match = {"query": text, "operator": "and", "fuzziness": "AUTO"}
            per_language.append(Q("match", **{f"{code}_title": match}))
            per_language.append(Q("match_bool_prefix", **{f"{code}_title": match}))
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
    if query.near and query.radius_km:  # like the text, the radius narrows the facets' counts too
        point = {"lat": query.near[0], "lon": query.near[1]}
        search = search.filter("geo_distance", distance=f"{query.radius_km}km", location=point)
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
    # max_analyzed_offset: a very long body is highlighted from its start instead of failing the search
    search = search.highlight_options(
        pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html", max_analyzed_offset=HIGHLIGHT_CHARS
    )
    return search[query.offset : query.offset + query.page_size]


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url: str, prefix: str | None = None, *, patient: bool = True):
        """`patient`: writes wait as jobs can (long timeout, retries); otherwise, as a request can."""
        shared = connection(url)
        self.client, self.breaker = shared.client, shared.breaker
        self.writer = shared.writer if patient else shared.request_writer
        self.patient = patient
        self.prefix = prefix or getattr(settings, "SEARCH_INDEX_PREFIX", "portail")

    def alias(self, language: str) -> str:
        return f"{self.prefix}-{language}"

    def marker(self, language: str) -> str:
        """The alias of the index a rebuild is filling: writes go there too."""
        return f"{self.alias(language)}-rebuilding"

    def markers(self) -> list[str]:
        return [self.marker(language) for language in languages()]

    def available(self) -> bool:
        """False while the circuit breaker skips an unreachable cluster."""
        return self.breaker.allows()

    # Writing

    def _aliased(self, names: list[str]) -> dict[str, list[str]]:
        """The indexes of each of these aliases that exist."""
        found = self.writer.options(ignore_status=404).indices.get_alias(name=names)
        indexes = {}
        for index, entry in found.body.items():
            for alias in entry.get("aliases", {}) if isinstance(entry, dict) else ():
                indexes.setdefault(alias, []).append(index)
        return indexes

    def _create_first(self, language: str) -> None:
        """The language's first index with its alias, in one request: if another worker has just
        created it, that is as good."""
        alias = self.alias(language)
        try:
            self.writer.indices.create(
                index=f"{alias}-first", aliases={alias: {}}, **index_body(synonym_rules())
            )
        except BadRequestError as error:
            if error.error != "resource_already_exists_exception":
                raise

    def replace(self, groups: dict) -> int:
        if not self.patient and not self.available():
            raise ClusterSkipped("the circuit breaker skips the cluster: a job will write")
        aliases = self._aliased([self.alias(lang) for lang in languages()] + self.markers())
        markers = frozenset(self.markers()) & aliases.keys()
        actions = []
        for language in languages():
            if self.alias(language) not in aliases:
                self._create_first(language)
            targets = [self.alias(language)]
            if self.marker(language) in markers:  # a rebuild is filling new indexes: write there too
                targets.append(self.marker(language))
            for key, shown in groups.items():
                document = dict(shown).get(language)
                source = None if document is None else as_source(key, document)
                for index in targets:
                    if source is None:
                        actions.append({"_op_type": "delete", "_index": index, "_id": key})
                    else:
                        actions.append({"_index": index, "_id": key, "_source": source})
        failed = bulk(self.writer, actions, optional=markers, refresh="wait_for", require_alias=True)
        if failed:
            logger.error("Elasticsearch: %d of %d writes failed", failed, len(actions))
        return sum(len(shown) for shown in groups.values())

    def rebuild(self, batches):
        """Fill new indexes, then move the aliases to them and drop the old ones.

        While they fill, their marker alias makes `replace()` write to them too, and the rebuild
        only creates documents, so it never overwrites those newer writes. If a document fails, the
        new indexes are deleted and the aliases stay on the old ones (IndexingError).
        """
        body = index_body(synonym_rules())
        stamp = f"{timezone.now():%Y%m%d%H%M%S%f}"
        new = {language: f"{self.alias(language)}-{stamp}" for language in languages()}
        swapped = False
        try:
            for language, name in new.items():
                self.writer.indices.create(index=name, aliases={self.marker(language): {}}, **body)
            failed = 0
            for groups in batches:
                actions = [
                    {
                        "_op_type": "create",
                        "_index": new[language],
                        "_id": key,
                        "_source": as_source(key, document),
                    }
                    for key, shown in groups.items()
                    for language, document in shown
                ]
                failed += bulk(self.writer, actions)
                yield len(actions)
            if failed:
                raise IndexingError(failed)
            self._swap(new)
            swapped = True
        finally:
            if not swapped:
                self.writer.options(ignore_status=404).indices.delete(index=list(new.values()))

    def _swap(self, new: dict[str, str]) -> None:
        """Move each alias to its new index and drop the marker, in one atomic request."""
        self.writer.indices.refresh(index=list(new.values()))
        old = self._aliased([self.alias(language) for language in new])
        actions = []
        for language, name in new.items():
            alias = self.alias(language)
            actions += [{"remove": {"index": index, "alias": alias}} for index in old.get(alias, [])]
            actions += [
                {"add": {"index": name, "alias": alias}},
                {"remove": {"index": name, "alias": self.marker(language)}},
            ]
        self.writer.indices.update_aliases(actions=actions)
        if dropped := sorted({index for indexes in old.values() for index in indexes}):
            self.writer.indices.delete(index=dropped)

    def delete_indexes(self) -> None:
        """Delete this prefix's indexes by name (Elasticsearch 8 refuses wildcard deletes by default)."""
        found = self.writer.indices.resolve_index(name=[f"{self.alias(lang)}-*" for lang in languages()])
        if names := [index["name"] for index in found["indices"]]:
            self.writer.indices.delete(index=names)

    # Reading

    def search(self, query: SearchQuery) -> SearchResults:
        with self.breaker.watching():
            return self._search(query)

    def _search(self, query: SearchQuery) -> SearchResults:
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
        with self.breaker.watching():
            return self._suggest(text, language, limit)

    def _suggest(self, text: str, language: str, limit: int) -> list[str]:
        search = Search(index=self.alias(language)).suggest(
            "titles", text, completion={"field": "suggest", "size": limit, "skip_duplicates": True}
        )
        response = search.using(self.client).extra(size=0).execute()
        return [option["_source"]["title"] for option in response.suggest["titles"][0]["options"]]


def _date(value):
    if not value:
        return None
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value)[:10])
