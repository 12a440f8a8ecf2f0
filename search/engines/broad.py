"""PostgreSQL: the searches that would visit most of a language's postings, answered with the
per-token totals that the postings' triggers keep (`SearchTokenCount`, migration 0008).

- Browsing (no text, no filter, no radius): the counts are the totals, and the page is read in
  the order of an index (boost, title, id) — no posting is counted or sorted.
- A text without filter or radius: when its hits are more than half of the language's postings
  (decided inside the statement, against the total), each token is counted among the postings
  the text does NOT match and subtracted from its total; otherwise among the hits, as before.

Both read the totals in the statement that reads the postings: one snapshot, exact counts.
See docs/adr/0012-search-at-scale.md.
"""

from collections import Counter

from search.engines.conditions import words_match
from search.models import SearchPosting

COUNTS = "portail_search_searchtokencount"
TOTALS = f"SELECT '+', SUM(n)::bigint, token FROM {COUNTS} WHERE locale = %s GROUP BY token HAVING SUM(n) > 0"


def browse_sql(entries_sql: str, ordering: str) -> str:
    """The totals, then the page's ids (params: language, the entries' params, limit, offset)."""
    return (
        f"{TOTALS} UNION ALL SELECT NULL, ROW_NUMBER() OVER (), CAST(id AS TEXT) FROM "
        f"(SELECT id FROM ({entries_sql}) e ORDER BY {ordering} LIMIT %s OFFSET %s) p"
    )


def counts_sql(language: str, clauses) -> tuple[str, list, str, list]:
    """The WITH clause after `m` (the hits) and the counting part of the statement, with their
    params: among the hits, or the complement's counts ("-") and the totals ("+") when broad."""
    rest, rest_params = (
        SearchPosting.objects.filter(locale=language)
        .exclude(words_match(clauses))
        .values("tokens")
        .query.sql_with_params()
    )
    broad = (
        f", h AS (SELECT (SELECT COUNT(*) FROM m) * 2 > "
        f"(SELECT COALESCE(SUM(n), 0) FROM {COUNTS} WHERE locale = %s AND token = '') AS broad)"
    )
    counts = (
        "SELECT '', COUNT(*), NULL FROM m UNION ALL "
        "SELECT '', COUNT(*), t FROM (SELECT unnest(tokens) AS t FROM m) u "
        "WHERE NOT (SELECT broad FROM h) GROUP BY t UNION ALL "
        f"SELECT '-', COUNT(*), t FROM (SELECT unnest(tokens) AS t FROM ({rest}) r) u "
        "WHERE (SELECT broad FROM h) GROUP BY t UNION ALL "
        f"SELECT '+', SUM(n)::bigint, token FROM {COUNTS} WHERE locale = %s AND token <> '' "
        "AND (SELECT broad FROM h) GROUP BY token"
    )
    return broad, [language], counts, [*rest_params, language]


def tokens_of(totals: Counter, complement: Counter) -> Counter:
    """The hits' count of each token: its total less the postings without the text that carry it."""
    return Counter({token: n - complement[token] for token, n in totals.items() if n > complement[token]})
