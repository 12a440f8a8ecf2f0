"""The database engine's conditions: the words typed (a tsquery per text language on PostgreSQL,
stems on SQLite), the facet values chosen, and places (within a radius, the distance to sort by)."""

from django.contrib.postgres.search import SearchQuery as TsQuery
from django.db import connection
from django.db.models import F, FloatField, Q, Value

from search.query import COS_LATITUDE, KM_PER_DEGREE, PREFIX, SearchQuery, stemmed
from search.text import SNOWBALL


def postgres() -> bool:
    return connection.vendor == "postgresql"


def text_config(language: str) -> str:
    """The text-search configuration made by migration 0002: the language's stemmer after unaccent."""
    return f"portail_{language}"


def words_match(clauses) -> Q:
    """Every clause matches, with the stemmer of the entry's text language."""
    if postgres():
        queries = {
            language: TsQuery(raw, search_type="raw", config=text_config(language))
            for language, raw in raw_queries(clauses).items()
        }
        # Each arm can use the GIN index (a BitmapOr of three scans when the words are rare);
        # broad words scan the locale's entries with one @@ per row.
        condition = Q()
        for language in SNOWBALL:
            condition |= Q(
                content_language=language,
                **({"vector": queries[language]} if language in queries else {}),
            )
        return condition
    condition = Q()
    for language in SNOWBALL:
        matches = Q()
        for clause in stemmed(clauses, language):
            any_of = Q()
            for alternative in clause:
                all_of = Q()
                for word in alternative:
                    if word.endswith(PREFIX):  # a stem starting so
                        all_of &= Q(terms__contains=f" {word[: -len(PREFIX)]}")
                    else:
                        all_of &= Q(terms__contains=f" {word} ")
                any_of |= all_of
            matches &= any_of
        condition |= Q(content_language=language) & matches
    return condition


def raw_queries(clauses) -> dict[str, str]:
    """The text language → the tsquery text of the clauses (PostgreSQL stems the words itself)."""
    found = {}
    for language in SNOWBALL:
        raw = " & ".join(
            "(" + " | ".join("(" + " & ".join(_tsquery_word(w) for w in alt) + ")" for alt in clause) + ")"
            for clause in stemmed(clauses, language, stemming=False)
        )
        if raw:
            found[language] = raw
    return found


def rank_queries(clauses) -> dict[str, str]:
    """The text language → the tsquery text that ranks: every word of the clauses joined by |, so
    that `ts_rank` sums each word's weight in the posting (docs/adr/0019-relevance-per-word.md)."""
    found = {}
    for language in SNOWBALL:
        clauses_here = stemmed(clauses, language, stemming=False)
        words = [_tsquery_word(word) for clause in clauses_here for alt in clause for word in alt]
        if words:
            found[language] = " | ".join(words)
    return found


def _tsquery_word(word: str) -> str:
    return word[: -len(PREFIX)] + ":*" if word.endswith(PREFIX) else word


def has_value(key: str, values: list[str]) -> Q:
    """The entry has one of these values of the facet."""
    if postgres():
        return Q(tokens__overlap=[f"{key}={value}" for value in values])
    condition = Q()
    for value in values:
        condition |= Q(facet_tokens__contains=f" {key}={value} ")
    return condition


def within(entries, query: SearchQuery):
    """With a place and a radius: the entries within that distance (a box first, for indexes)."""
    if not (query.near and query.radius_km):
        return entries
    latitude, longitude = query.near
    reach = query.radius_km / KM_PER_DEGREE  # in degrees of latitude
    dlat, dlon = F("latitude") - latitude, (F("longitude") - longitude) * COS_LATITUDE
    return (
        entries.filter(
            latitude__range=(latitude - reach, latitude + reach),
            longitude__range=(longitude - reach / COS_LATITUDE, longitude + reach / COS_LATITUDE),
        )
        .alias(reach=dlat * dlat + dlon * dlon)
        .filter(reach__lte=reach * reach)
    )


def with_distance(hits, query: SearchQuery):
    """`distance`: the square of the distance to the place, in degrees (None without a place)."""
    if not query.near:
        return hits.annotate(distance=Value(None, output_field=FloatField()))
    latitude, longitude = query.near
    dlat, dlon = F("latitude") - latitude, (F("longitude") - longitude) * COS_LATITUDE
    return hits.annotate(distance=dlat * dlat + dlon * dlon)
