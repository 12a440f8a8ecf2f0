"""The database engine: SearchEntry rows, PostgreSQL full text (or stems on SQLite), one statement each."""

import math
import re
from collections import Counter
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery as TsQuery
from django.contrib.postgres.search import SearchRank, TrigramWordSimilarity
from django.db import connection, transaction
from django.db.models import BooleanField, Case, ExpressionWrapper, F, FloatField, Q, Value, When
from django.utils import timezone
from django.utils.translation import override

from search import spelling
from search.engines import bitmaps, broad, postings, top
from search.engines.among_hits import statement
from search.engines.conditions import (
    has_value,
    postgres,
    rank_queries,
    raw_queries,
    text_config,
    with_distance,
    within,
    words_match,
)
from search.facets import BY_KEY, FACETS, by_facet, facet_values
from search.models import SearchEntry, SearchFacetLabel, SearchPosting, SynonymGroup
from search.query import (
    KM_PER_DEGREE,
    Hit,
    SearchQuery,
    SearchResults,
    highlight,
    parse,
    synonym_index,
    with_prefix,
)
from search.text import fold, terms

FUZZY_SIMILARITY = 0.45
# For the search's transaction, in one round trip: JIT compiling costs more than it saves (tens of
# ms); with 32 MB the matching rows stay in memory.
TRANSACTION_SETTINGS = "SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)"
THEN = [("title", "ASC"), ("id", "ASC")]  # the sort after the chosen one
FIELDS = ["group_key", "type", "title", "url", "content_language", "summary", "body", "next_date", "deadline"]


def synonyms() -> dict:
    return synonym_index([group.terms for group in SynonymGroup.objects.all()])


def facet_tokens(document) -> dict[str, tuple[str, str]]:
    """The document's "key=value" tokens (its type and facet values), each with (key, value)."""
    values = {"type": [document.type], **document.facets}
    return {f"{facet}={value}": (facet, value) for facet, found in values.items() for value in found}


KEYS = ("id", "locale", "group_key")
ENTRY_FIELDS = [field.name for field in SearchEntry._meta.concrete_fields if field.name not in KEYS]


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
            if postgres():
                postings.clear()
            SearchFacetLabel.objects.all()._raw_delete(SearchFacetLabel.objects.db)
            SearchEntry.objects.all()._raw_delete(SearchEntry.objects.db)
            for groups in batches:
                yield self._insert(groups)
            if postgres():
                postings.compact()
                bitmaps.build()

    def _insert(self, groups: dict) -> int:
        entries, labels = [], {}
        for key, shown in groups.items():
            for language, document in shown:
                tokens = facet_tokens(document)
                for token, facet_value in tokens.items():
                    label = document.facet_labels.get(facet_value)
                    if label and facet_value[0] in BY_KEY and not BY_KEY[facet_value[0]].choices:
                        labels[language, token] = label
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
                        facet_tokens=" " + " ".join(tokens) + " ",
                        next_date=document.next_date,
                        deadline=document.deadline,
                        latitude=document.latitude,
                        longitude=document.longitude,
                        boost=document.boost,
                        # SQLite: the stems that `_text` looks up (PostgreSQL: the postings' tsvector).
                        terms=""
                        if postgres()
                        else terms(document.title, document.summary, document.body, language=document.locale),
                    )
                )
        # Another worker may have written the same entries since our DELETE (two jobs indexing one
        # object, or a job during a rebuild): the last write wins instead of a unique-key error.
        SearchEntry.objects.bulk_create(
            entries,
            batch_size=500,
            update_conflicts=True,
            unique_fields=["locale", "group_key"],
            update_fields=ENTRY_FIELDS,
        )
        SearchFacetLabel.objects.bulk_create(
            [
                SearchFacetLabel(locale=locale, token=token, label=label[:200])
                for (locale, token), label in labels.items()
            ],
            update_conflicts=True,
            unique_fields=["locale", "token"],
            update_fields=["label"],
        )
        if postgres():
            postings.write(list(groups))
        return len(entries)

    # Reading

    def search(self, query: SearchQuery) -> SearchResults:
        """The words as typed first; with no hit, the last word as a prefix too, then the misspelt
        words corrected (`corrected`), then on PostgreSQL the titles close to the text (`fuzzy`)."""
        clauses = parse(query.text, synonyms()) if query.text.strip() else []
        # PostgreSQL reads the narrow postings of one language; SQLite the entries.
        entries = within(
            (SearchPosting if postgres() else SearchEntry).objects.filter(locale=query.language), query
        )
        selected = {key: values for key, values in query.filters.items() if values}
        fuzzy, corrected = False, ""
        with transaction.atomic():
            if postgres():
                with connection.cursor() as cursor:
                    cursor.execute(TRANSACTION_SETTINGS)
            count, facets, page = self._found(entries, selected, query, clauses)
            if not count and clauses and with_prefix(clauses) != clauses:
                clauses = with_prefix(clauses)
                count, facets, page = self._found(entries, selected, query, clauses)
            if not count and clauses and (text := spelling.correction(query.text, query.language)):
                again = with_prefix(parse(text, synonyms()))
                found = self._found(entries, selected, query, again)
                if found[0]:
                    (count, facets, page), clauses, corrected = found, again, text
            if not count and clauses and postgres():
                similar = TrigramWordSimilarity(fold(query.text), "title_folded")
                matched = entries.annotate(similarity=similar).filter(similarity__gte=FUZZY_SIMILARITY)
                fuzzy = True
                count, facets, page = self._matches(matched, selected, query, clauses, fuzzy)
            rows = with_distance(SearchEntry.objects.filter(pk__in=page), query)
            fields = FIELDS if query.extracts else [name for name in FIELDS if name != "body"]
            found = {row["id"]: row for row in rows.values("id", *fields, "distance")}
        return SearchResults(
            count=count,
            hits=[self._hit(found[pk], clauses, query.extracts) for pk in page if pk in found],
            facets=facets,
            engine=self.name,
            fuzzy=fuzzy,
            corrected=corrected,
        )

    def _found(self, entries, selected: dict, query: SearchQuery, clauses):
        """The words' hits. On PostgreSQL without a radius, counted with the bitmaps while they are
        the postings' (search/engines/bitmaps.py); else, with one filter at most, in one scan of the
        language's postings when the planner expects them to match most of them (search/engines/broad.py)."""
        if postgres() and not (query.near and query.radius_km):
            raw = raw_queries(clauses) if clauses else None
            if (counting := bitmaps.counted(query.language, raw, selected)) and (
                found := self._with_bitmaps(entries, selected, query, clauses, counting)
            ):
                return found
            if clauses and len(selected) <= 1 and broad.is_broad(entries, clauses):
                return self._in_one_scan(entries, selected, query, clauses)
        matched = entries.filter(words_match(clauses)) if clauses else entries
        return self._matches(matched, selected, query, clauses, fuzzy=False)

    def _with_bitmaps(self, entries, selected: dict, query: SearchQuery, clauses, counting):
        """The counts from the bitmaps, the page ranked among the hits that meet every choice;
        None if the postings changed meanwhile (search/engines/bitmaps.py)."""
        hits = entries.filter(words_match(clauses)) if clauses else entries
        for key, values in selected.items():
            hits = hits.filter(has_value(key, values))
        sorted_by, order = self._order(hits, query, clauses, False, Q())
        ordering = ", ".join(f"{name} {direction}" for name, direction in order)
        columns = dict.fromkeys(["id", *(name for name, _direction in order)])
        entries = sorted_by.values(*columns).query.sql_with_params()
        page, size, offset = None, query.page_size, query.offset
        if self._ranked(query, clauses):  # ranking only the hits that can reach the page
            page = top.page(counting, query.language, size, offset, entries, ordering)
        if page is None:
            page = bitmaps.page(entries, ordering, counting, query.language, size, offset)
        if page is None:
            return None
        return counting.count, self._facets(by_facet(counting.tokens), selected, query.language), page

    def _in_one_scan(self, entries, selected: dict, query: SearchQuery, clauses):
        """Every posting of the language once, marked `hit` when the words match it."""
        sorted_by, order = self._order(entries, query, [], False, Q())
        rank = None
        if self._ranked(query, clauses):
            rank, order = broad.rank_sql(clauses), [("rank", "DESC"), *THEN]
        columns = [name for name, _direction in order if name not in ("id", "rank")]
        hits = sorted_by.annotate(hit=ExpressionWrapper(words_match(clauses), output_field=BooleanField()))
        read = ["id", "tokens", "hit", *columns, *(["vector", "content_language", "boost"] if rank else [])]
        ordering = ", ".join(f"{name} {direction}" for name, direction in order)
        sql, params = broad.one_scan_sql(
            hits.values(*dict.fromkeys(read)).query.sql_with_params(),
            columns,
            selected,
            ordering,
            rank,
            query.language,
        )
        return self._counted(sql, params, query, selected)

    def _matches(self, matched, selected: dict, query: SearchQuery, clauses, fuzzy: bool):
        """The number of hits, each facet's counts and the page's entry ids, in one SQL statement.

        The entries matching the text are computed once (a CTE `m`) with their sort keys and the
        chosen facets they miss: `misses`, and `missed` ("key=" when only one, else ""). A facet
        nobody chose counts the entries matching every choice; a chosen facet counts those matching
        the other facets' choices (so its other values stay visible): OR within a facet, AND across
        facets. PostgreSQL counts the "key=value" tokens itself (unnest, GROUP BY); SQLite returns
        them concatenated, one string per `missed`, and Python counts them.
        """
        hit = Q()
        for key, values in selected.items():
            hit &= has_value(key, values)
        if len(selected) >= 2:  # an entry meets one choice at least to count (GIN index on the tokens)
            matched = matched.filter(reduce(or_, (has_value(key, v) for key, v in selected.items())))
        annotated, order = self._order(matched, query, clauses, fuzzy, hit)
        ordering = ", ".join(f"{name} {direction}" for name, direction in order)
        tokens_column = "tokens" if postgres() else "facet_tokens"
        # PostgreSQL, browsing (every type, or the chosen types): the per-token totals answer.
        browse = postgres() and not (clauses or fuzzy or (query.near and query.radius_km))
        if browse and set(selected) <= {"type"}:
            chosen = selected.get("type", [])
            sorted_by = annotated.filter(has_value("type", chosen)) if chosen else annotated
            entries = sorted_by.values("id", *(name for name, _direction in order)).query.sql_with_params()
            sql, params = broad.browse_sql(entries, ordering, query.language, chosen)
        else:
            columns = dict.fromkeys(["id", tokens_column, *(name for name, _direction in order)])
            entries_sql, params = annotated.values(*columns).query.sql_with_params()
            sql, params = statement(entries_sql, params, selected, ordering)
        return self._counted(sql, params, query, selected)

    def _counted(self, sql: str, params: list, query: SearchQuery, selected: dict):
        """Runs the statement; reads its rows: the hits' count, the tokens' counts and the page's ids."""
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, query.page_size, query.offset])
            rows = cursor.fetchall()
        count, tokens, page = 0, Counter(), []
        totals = {"+": Counter(), "-": Counter(), "*": Counter(), "/": Counter()}  # search/engines/broad.py
        for missed, n, text in rows:
            if missed is None:  # a hit: its position, its id
                page.append((n, int(text)))
            elif missed in totals:  # a total, or a token among the postings the text does not match
                totals[missed][text] = int(n)
            elif postgres():  # the entries matching every choice, or one token's count
                if text is not None:
                    tokens[text] += n
                elif not missed:
                    count = n
            elif missed:  # these entries count only for the facet they miss
                tokens.update(re.findall(f" ({re.escape(missed)}\\S+)", text))
            else:  # these match every choice
                count = n
                tokens.update(text.split())
        tokens += broad.tokens_of(totals["+"], totals["-"]) + broad.tokens_of(totals["*"], totals["/"])
        facets = self._facets(by_facet(tokens), selected, query.language)
        return count, facets, [pk for _n, pk in sorted(page)]

    def _facets(self, counts: dict, selected: dict, language: str) -> dict:
        """Every facet's values with counts and labels (looked up for the facets without choices)."""
        free = [
            f"{facet.key}={value}" for facet in FACETS if not facet.choices for value in counts[facet.key]
        ]
        labels = SearchFacetLabel.objects.filter(locale=language, token__in=free) if free else None
        labels = dict(labels.values_list("token", "label")) if labels is not None else {}
        with override(language):
            return {
                facet.key: facet_values(
                    facet,
                    {
                        value: (n, labels.get(f"{facet.key}={value}", ""))
                        for value, n in counts[facet.key].items()
                    },
                    selected.get(facet.key, []),
                )
                for facet in FACETS
            }

    @staticmethod
    def _ranked(query: SearchQuery, clauses) -> bool:
        """PostgreSQL sorts by relevance when words are typed and no other sort is chosen."""
        sorted_otherwise = query.sort in ("session", "deadline", "title") or (
            query.sort == "distance" and query.near
        )
        return bool(clauses) and postgres() and not sorted_otherwise

    def _order(self, hits, query: SearchQuery, clauses, fuzzy: bool, hit: Q):
        """The entries with their sort keys annotated, and the ORDER BY as [(column, direction)].

        `hit` is the condition of the chosen facets: the rank is only computed for those entries
        (the others only count for the facets).
        """
        today = timezone.localdate()
        hits = with_distance(hits, query)
        then = THEN
        if query.sort in ("session", "deadline"):
            field = "next_date" if query.sort == "session" else "deadline"
            upcoming = Case(When(**{f"{field}__gte": today}, then=F(field)))
            return hits.annotate(upcoming=upcoming), [("upcoming", "ASC NULLS LAST"), *then]
        if query.sort == "distance" and query.near:
            return hits, [("distance", "ASC NULLS LAST"), *then]
        if query.sort == "title":
            return hits, [("title_folded", "ASC"), ("id", "ASC")]
        if fuzzy:
            return hits, [("similarity", "DESC"), *then]
        if self._ranked(query, clauses):
            ranks = [
                When(
                    content_language=language,
                    then=SearchRank(
                        F("vector"), TsQuery(raw, search_type="raw", config=text_config(language))
                    ),
                )
                for language, raw in rank_queries(clauses).items()
            ]
            rank = Case(*ranks, default=Value(0.0), output_field=FloatField()) * F("boost")
            if hit:
                rank = Case(When(hit, then=rank), default=Value(0.0), output_field=FloatField())
            return hits.annotate(rank=rank), [("rank", "DESC"), *then]
        return hits, [("boost", "DESC"), *then]

    def _hit(self, row: dict, clauses, extracts: bool) -> Hit:
        """Without `extracts` the row has no body and the hit no highlighted extract."""
        language = row["content_language"]
        if not extracts:
            extract = ""
        elif clauses:
            extract = highlight(f"{row['summary']} {row['body']}", clauses, language)
        else:
            extract = highlight(row["summary"] or row["body"][:600], [], language)
        return Hit(
            type=row["type"],
            title=row["title"],
            url=row["url"],
            locale=language,
            summary=row["summary"],
            highlight=extract,
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
