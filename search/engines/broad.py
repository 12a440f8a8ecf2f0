"""PostgreSQL: the searches that would visit most of a language's postings, answered with the
per-token totals that the postings' triggers keep (`SearchTokenCount`, migration 0008).

- Browsing (no text, no radius, no filter but the type: a listing's first view): the counts are the
  totals (within the chosen types for the other facets), and the page is read in the order of an
  index (boost, title, id) — no posting is counted or sorted.
- A text that the planner expects to match more than half of the language's postings, with one
  filter at most and no radius: one scan of the postings marks each one hit or not; the tokens
  (of the chosen facet, if any) are counted among the postings the text does NOT match and
  subtracted from their totals; the other facets' likewise within the chosen types, or, with
  another facet chosen, among the hits that meet the choice.

The totals are read in the statement that reads the postings: one snapshot, exact counts. The
planner's estimate only chooses the way; a wrong guess costs time, never a count.
See docs/adr/0012-search-at-scale.md, 0015-one-scan-for-broad-words.md, 0016-token-totals-per-type.md.
"""

from collections import Counter
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery as TsQuery
from django.db import connection

from search.engines.conditions import rank_queries, raw_queries, text_config
from search.engines.postings import COUNTS

TYPE = "type="  # a posting has one type: its totals are also kept per type (`scope`, migration 0009)


def browse_sql(entries: tuple[str, list], ordering: str, language: str, types: list[str]) -> tuple[str, list]:
    """Browsing, of every type or of the chosen `types` (a listing's first view): the count, the
    type facet's totals, the other facets' totals (within the chosen types), then the page's ids.
    Params follow, but limit and offset."""
    scopes = [f"{TYPE}{value}" for value in types] or [""]
    totals = f"SELECT %s, SUM(n)::bigint, token FROM {COUNTS} WHERE locale = %s AND scope = ANY(%s) "
    sql = (
        f"SELECT '', COALESCE(SUM(n), 0)::bigint, NULL FROM {COUNTS} "
        "WHERE locale = %s AND scope = ANY(%s) AND token = '' UNION ALL "
        f"{totals} AND starts_with(token, '{TYPE}') GROUP BY token HAVING SUM(n) > 0 UNION ALL "
        f"{totals} AND token <> '' AND NOT starts_with(token, '{TYPE}') GROUP BY token HAVING SUM(n) > 0 "
        "UNION ALL SELECT NULL, ROW_NUMBER() OVER (), CAST(id AS TEXT) FROM "
        f"(SELECT id FROM ({entries[0]}) e ORDER BY {ordering} LIMIT %s OFFSET %s) p"
    )
    params = [language, scopes, "+", language, [""], "*", language, scopes, *entries[1]]
    return sql, params


def is_broad(postings, clauses) -> bool:
    """Whether the planner expects the words to match more than half of these postings: its
    estimate, from the vectors' statistics, of the postings holding the words of any text language
    (a bound above the matches, each language's words being checked against its own texts)."""
    raw = raw_queries(clauses)
    if not raw:
        return False
    words = reduce(
        or_, (TsQuery(text, search_type="raw", config=text_config(code)) for code, text in raw.items())
    )
    matching, matching_params = postings.filter(vector=words).values("id").query.sql_with_params()
    every, every_params = postings.values("id").query.sql_with_params()
    with connection.cursor() as cursor:  # one round trip: both estimates under one Append
        cursor.execute(
            f"EXPLAIN (FORMAT JSON) {matching} UNION ALL {every}", [*matching_params, *every_params]
        )
        plans = cursor.fetchone()[0][0]["Plan"].get("Plans", [])
    return len(plans) == 2 and plans[0]["Plan Rows"] * 2 > plans[1]["Plan Rows"]


def rank_sql(clauses) -> tuple[str, list]:
    """The relevance of a posting `e`, as the engine's `_order` computes it: `ts_rank` with its
    text language's configuration, times its boost (0 in a language without words)."""
    arms, params = [], []
    for code, text in rank_queries(clauses).items():
        arms.append("WHEN e.content_language = %s THEN ts_rank(e.vector, to_tsquery(%s::regconfig, %s))")
        params += [code, text_config(code), text]
    return f"(CASE {' '.join(arms)} ELSE 0::float8 END) * e.boost", params


def one_scan_sql(
    postings: tuple[str, list], columns: list[str], chosen: dict, ordering: str, rank, language: str
):
    """The statement over `postings` (the language's postings with `hit`, the text's match, and
    the sort keys in `columns`, as (sql, params)): the hits' count, their counts and the page's ids.
    `chosen`: one facet's values at most; `rank`: the relevance's (sql, params), or None. Params
    follow, but limit and offset.

    The chosen facet (every facet without a choice) is counted as its totals ("+") less its tokens
    among the postings the text misses ("-"). The other facets: with types chosen, as their totals
    within those types ("*") less their tokens among the misses of those types ("/"); with another
    facet chosen, among the hits that meet the choice ("").
    """
    prefix, meets, meets_params = "", "TRUE", []
    if chosen:
        ((key, values),) = chosen.items()
        prefix, meets, meets_params = f"{key}=", "e.tokens && %s::text[]", [[f"{key}={v}" for v in values]]
    ranked, rank_params = "", []
    if rank:
        ranked = f", CASE WHEN e.hit AND {meets} THEN {rank[0]} ELSE 0::float8 END AS rank"
        rank_params = [*meets_params, *rank[1]]
    others, others_params = "", []
    if prefix == TYPE:
        others = (
            f"SELECT '*', SUM(n)::bigint, token FROM {COUNTS} WHERE locale = %s AND scope = ANY(%s) "
            "AND token <> '' AND NOT starts_with(token, %s) GROUP BY token HAVING SUM(n) > 0 UNION ALL "
            "SELECT '/', COUNT(*), t FROM (SELECT unnest(tokens) AS t FROM m "
            "WHERE hit IS NOT TRUE AND meets) u WHERE NOT starts_with(t, %s) GROUP BY t UNION ALL "
        )
        others_params = [language, meets_params[0], prefix, prefix]
    elif prefix:
        others = (
            "SELECT '', COUNT(*), t FROM (SELECT unnest(tokens) AS t FROM m WHERE hit AND meets) u "
            "WHERE NOT starts_with(t, %s) GROUP BY t UNION ALL "
        )
        others_params = [prefix]
    keys = ", ".join(f"e.{column}" for column in columns)
    # OFFSET 0 keeps the postings a subquery: `hit` is computed once per posting, not again in `rank`.
    sql = (
        f"WITH m AS MATERIALIZED (SELECT e.id, e.tokens, e.hit, {keys}, {meets} AS meets{ranked} "
        f"FROM ({postings[0]} OFFSET 0) e) "
        f"SELECT '', COUNT(*), NULL FROM m WHERE hit AND meets UNION ALL {others}"
        "SELECT '-', COUNT(*), t FROM (SELECT unnest(tokens) AS t FROM m WHERE hit IS NOT TRUE) u "
        "WHERE starts_with(t, %s) GROUP BY t UNION ALL "
        f"SELECT '+', SUM(n)::bigint, token FROM {COUNTS} WHERE locale = %s AND scope = '' AND token <> '' "
        "AND starts_with(token, %s) GROUP BY token HAVING SUM(n) > 0 UNION ALL "
        "SELECT NULL, ROW_NUMBER() OVER (), CAST(id AS TEXT) FROM "
        f"(SELECT id FROM m WHERE hit AND meets ORDER BY {ordering} LIMIT %s OFFSET %s) p"
    )
    params = [*meets_params, *rank_params, *postings[1], *others_params, prefix, language, prefix]
    return sql, params


def tokens_of(totals: Counter, complement: Counter) -> Counter:
    """The hits' count of each token: its total less the postings without the text that carry it."""
    return Counter({token: n - complement[token] for token, n in totals.items() if n > complement[token]})
