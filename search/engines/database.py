"""The database engine: SearchEntry rows, PostgreSQL full text (or stems on SQLite), facets by SQL."""

import math
from collections import defaultdict

from django.contrib.postgres.search import SearchQuery as TsQuery
from django.contrib.postgres.search import SearchRank, SearchVector, TrigramWordSimilarity
from django.db import connection, transaction
from django.db.models import Case, F, FloatField, Q, Value, When
from django.utils import timezone
from django.utils.translation import override

from search.facets import BY_KEY, FACETS
from search.models import SearchEntry, SearchFacet, SynonymGroup
from search.query import (
    COS_LATITUDE,
    KM_PER_DEGREE,
    FacetCount,
    Hit,
    SearchQuery,
    SearchResults,
    highlight,
    parse,
    stemmed,
    synonym_index,
)
from search.text import SNOWBALL, fold, terms

FUZZY_SIMILARITY = 0.45
FIELDS = ["group_key", "type", "title", "url", "content_language", "summary", "body", "next_date", "deadline"]


def postgres() -> bool:
    return connection.vendor == "postgresql"


def text_config(language: str) -> str:
    """The text-search configuration made by migration 0002: the language's stemmer after unaccent."""
    return f"portail_{language}"


def synonyms() -> dict:
    return synonym_index([group.terms for group in SynonymGroup.objects.all()])


def _has(key: str, values: list[str]) -> Q:
    """The entry has one of these values of the facet."""
    condition = Q()
    for value in values:
        condition |= Q(facet_tokens__contains=f" {key}={value} ")
    return condition


class DatabaseEngine:
    name = "database"

    # Writing

    def replace(self, groups: dict) -> int:
        """Replace the entries of these groups (group key → [(display language, document)])."""
        with transaction.atomic():
            SearchEntry.objects.filter(group_key__in=list(groups)).delete()
            return self._insert(groups)

    def rebuild(self, batches) -> None:
        """Empty the index and fill it from batches of groups (yields after each batch)."""
        with transaction.atomic():
            SearchFacet.objects.all()._raw_delete(SearchFacet.objects.db)
            SearchEntry.objects.all()._raw_delete(SearchEntry.objects.db)
            for groups in batches:
                yield self._insert(groups)

    def _insert(self, groups: dict) -> int:
        entries, documents = [], []
        for key, shown in groups.items():
            for language, document in shown:
                documents.append(document)
                entries.append(
                    SearchEntry(
                        locale=language,
                        group_key=key,
                        type=document.type,
                        content_language=document.locale,
                        title=document.title[:300],
                        title_folded=fold(document.title)[:300],
                        url=document.url,
                        summary=document.summary,
                        body=document.body,
                        terms=terms(
                            document.title, document.summary, document.body, language=document.locale
                        ),
                        next_date=document.next_date,
                        deadline=document.deadline,
                        latitude=document.latitude,
                        longitude=document.longitude,
                        boost=document.boost,
                    )
                )
        for entry, document in zip(entries, documents, strict=True):
            values = {"type": [document.type], **document.facets}
            tokens = [f"{key}={value}" for key, found in values.items() for value in dict.fromkeys(found)]
            entry.facet_tokens = " " + " ".join(tokens) + " "
        SearchEntry.objects.bulk_create(entries, batch_size=1000)
        facets = []
        for entry, document in zip(entries, documents, strict=True):
            values = {"type": [document.type], **document.facets}
            for key, found in values.items():
                for value in dict.fromkeys(found):
                    label = "" if BY_KEY[key].choices else document.facet_labels.get((key, value), "")
                    facets.append(
                        SearchFacet(entry=entry, locale=entry.locale, key=key, value=value, label=label)
                    )
        SearchFacet.objects.bulk_create(facets, batch_size=2000)
        if postgres() and entries:
            SearchEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(vector=self._vector())
        return len(entries)

    @staticmethod
    def _vector():
        def of(language):
            config = text_config(language)
            return (
                SearchVector("title", weight="A", config=config)
                + SearchVector("summary", weight="B", config=config)
                + SearchVector("body", weight="C", config=config)
            )

        whens = [When(content_language=language, then=of(language)) for language in SNOWBALL]
        return Case(*whens, default=of("fr"))

    # Reading

    def search(self, query: SearchQuery) -> SearchResults:
        clauses = parse(query.text, synonyms()) if query.text.strip() else []
        entries = SearchEntry.objects.filter(locale=query.language)
        matched = entries.filter(self._text(clauses)) if clauses else entries
        selected = {key: values for key, values in query.filters.items() if values}
        count, facets = self._count_and_facets(matched, selected, query.language)
        fuzzy = False
        if not count and clauses and postgres():
            similar = TrigramWordSimilarity(fold(query.text), "title_folded")
            matched = entries.annotate(similarity=similar).filter(similarity__gte=FUZZY_SIMILARITY)
            count, facets = self._count_and_facets(matched, selected, query.language)
            fuzzy = True
        hits = matched
        for key, values in selected.items():
            hits = hits.filter(_has(key, values))
        page = self._order(hits, query, clauses, fuzzy)[query.offset : query.offset + query.page_size]
        return SearchResults(
            count=count,
            hits=[self._hit(row, clauses) for row in page.values(*FIELDS, "distance")] if count else [],
            facets=facets,
            engine=self.name,
            fuzzy=fuzzy,
        )

    def _text(self, clauses) -> Q:
        """Every clause matches, with the stemmer of the entry's text language."""
        if postgres():
            queries = {
                language: TsQuery(raw, search_type="raw", config=text_config(language))
                for language, raw in self._raw_queries(clauses).items()
            }
            condition = Q()
            for language in SNOWBALL:
                condition |= Q(
                    content_language=language,
                    **({"vector": queries[language]} if language in queries else {}),
                )
            if len(queries) < len(SNOWBALL):
                return condition
            # Any language's query first: a condition the GIN index answers, checked per language after.
            any_language = queries["fr"] | queries["en"] | queries["es"]
            return Q(vector=any_language) & condition
        condition = Q()
        for language in SNOWBALL:
            matches = Q()
            for clause in stemmed(clauses, language):
                any_of = Q()
                for alternative in clause:
                    all_of = Q()
                    for word in alternative:
                        all_of &= Q(terms__contains=f" {word} ")
                    any_of |= all_of
                matches &= any_of
            condition |= Q(content_language=language) & matches
        return condition

    def _count_and_facets(self, matched, selected: dict, language: str):
        """The number of hits and each facet's counts, in one SQL statement.

        The entries matching the text are computed once (a CTE). A facet nobody chose counts the
        entries matching every choice; a chosen facet counts those matching the other facets'
        choices (so its other values stay visible): OR within a facet, AND across facets.
        """
        entries_sql, params = matched.values("id", "facet_tokens").query.sql_with_params()
        params = list(params)

        def chosen(skip=None):
            parts, values = [], []
            for key, wanted in selected.items():
                if key != skip:
                    parts.append("(" + " OR ".join(["m.facet_tokens LIKE %s"] * len(wanted)) + ")")
                    values += [f"% {key}={value} %" for value in wanted]
            return " AND ".join(parts) or "1 = 1", values

        every, every_params = chosen()
        cases, case_params = "", []
        for key in selected:
            others, others_params = chosen(skip=key)
            cases += f" WHEN %s THEN ({others})"
            case_params += [key, *others_params]
        where = f"CASE f.key{cases} ELSE ({every}) END" if cases else every
        materialized = "MATERIALIZED" if postgres() else ""
        sql = (
            f"WITH m AS {materialized} ({entries_sql}) "
            f"SELECT '' AS key, '' AS value, COUNT(*) AS n, '' AS label FROM m WHERE {every} "
            f"UNION ALL SELECT f.key, f.value, COUNT(*), MAX(f.label) "
            f"FROM {SearchFacet._meta.db_table} f INNER JOIN m ON m.id = f.entry_id "
            f"WHERE f.locale = %s AND {where} GROUP BY f.key, f.value"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *every_params, language, *case_params, *every_params])
            rows = cursor.fetchall()
        count, counts = 0, defaultdict(dict)
        for key, value, n, label in rows:
            if key:
                counts[key][value] = (n, label)
            else:
                count = n
        with override(language):
            facets = {
                facet.key: facet_values(facet, counts[facet.key], selected.get(facet.key, []))
                for facet in FACETS
            }
        return count, facets

    def _order(self, hits, query: SearchQuery, clauses, fuzzy: bool):
        today = timezone.localdate()
        if query.near:
            latitude, longitude = query.near
            dlat, dlon = F("latitude") - latitude, (F("longitude") - longitude) * COS_LATITUDE
            hits = hits.annotate(distance=dlat * dlat + dlon * dlon)
        else:
            hits = hits.annotate(distance=Value(None, output_field=FloatField()))
        if query.sort == "session":
            upcoming = Case(When(next_date__gte=today, then=F("next_date")))
            return hits.order_by(upcoming.asc(nulls_last=True), "title", "pk")
        if query.sort == "deadline":
            upcoming = Case(When(deadline__gte=today, then=F("deadline")))
            return hits.order_by(upcoming.asc(nulls_last=True), "title", "pk")
        if query.sort == "distance" and query.near:
            return hits.order_by(F("distance").asc(nulls_last=True), "title", "pk")
        if query.sort == "title":
            return hits.order_by("title_folded", "pk")
        if fuzzy:
            return hits.order_by("-similarity", "title", "pk")
        if clauses and postgres():
            ranks = [
                When(
                    content_language=language,
                    then=SearchRank(
                        F("vector"), TsQuery(raw, search_type="raw", config=text_config(language))
                    ),
                )
                for language, raw in self._raw_queries(clauses).items()
            ]
            hits = hits.annotate(
                rank=Case(*ranks, default=Value(0.0), output_field=FloatField()) * F("boost")
            )
            return hits.order_by("-rank", "title", "pk")
        return hits.order_by("-boost", "title", "pk")

    @staticmethod
    def _raw_queries(clauses) -> dict[str, str]:
        found = {}
        for language in SNOWBALL:
            raw = " & ".join(
                "(" + " | ".join("(" + " & ".join(alt) + ")" for alt in clause) + ")"
                for clause in stemmed(clauses, language, stemming=False)
            )
            if raw:
                found[language] = raw
        return found

    def _hit(self, row: dict, clauses) -> Hit:
        language = row["content_language"]
        text = row["summary"] or row["body"][:600]
        return Hit(
            type=row["type"],
            title=row["title"],
            url=row["url"],
            locale=language,
            summary=row["summary"],
            highlight=highlight(f"{row['summary']} {row['body']}", clauses, language)
            if clauses
            else highlight(text, [], language),
            next_date=row["next_date"],
            deadline=row["deadline"],
            distance_km=round(math.sqrt(row["distance"]) * KM_PER_DEGREE, 1)
            if row["distance"] is not None
            else None,
            key=row["group_key"],
        )

    def suggest(self, text: str, language: str, limit: int = 8) -> list[str]:
        folded = " ".join(fold(text).split())
        if len(folded) < 2:
            return []
        titles = (
            SearchEntry.objects.filter(locale=language)
            .filter(Q(title_folded__startswith=folded) | Q(title_folded__contains=f" {folded}"))
            .order_by("-boost", "title")
            .values_list("title", flat=True)
        )
        return list(dict.fromkeys(titles[: limit * 3]))[:limit]


def facet_values(facet, counts: dict, selected: list[str]) -> list[FacetCount]:
    """A facet's values with their counts (and the chosen ones, even at 0), in the facet's order."""
    values = dict.fromkeys(selected, (0, "")) | counts
    order = [value for value, _label in facet.choices]
    found = [
        FacetCount(value, facet.label_of(value, stored), n, value in selected)
        for value, (n, stored) in values.items()
    ]
    if order:
        return sorted(found, key=lambda v: order.index(v.value) if v.value in order else len(order))
    return sorted(found, key=lambda v: v.label.lower())
