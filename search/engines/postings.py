"""PostgreSQL's narrow search storage: per entry, only what matching, facet counting and ordering
read — the tsvector, the facet tokens as an array, the sort keys — in a table partitioned by
display language, so that a search reads one language's rows and never the displayed texts.

`SearchEntry` keeps what a hit shows; its postings are written from it by one INSERT … SELECT
(the tsvector computed by PostgreSQL) and go with it (ON DELETE CASCADE). The table and its
partitions are made by migration 0007; see docs/adr/0011-search-storage.md.
"""

from django.db import connection

from search.text import SNOWBALL

TABLE = "portail_search_searchposting"
COLUMNS = (
    "id, locale, content_language, tokens, vector, boost, title, title_folded, next_date, deadline, "
    "latitude, longitude"
)
# The configuration of the text's language (migration 0002): its stemmer after unaccent.
CONFIG = (
    "(CASE WHEN e.content_language IN ({}) THEN 'portail_' || e.content_language "
    "ELSE 'portail_fr' END)::regconfig"
).format(", ".join(f"'{code}'" for code in SNOWBALL))
SELECT = f"""
    SELECT e.id, e.locale, e.content_language, string_to_array(btrim(e.facet_tokens), ' '),
        setweight(to_tsvector({CONFIG}, e.title), 'A')
        || setweight(to_tsvector({CONFIG}, e.summary), 'B')
        || setweight(to_tsvector({CONFIG}, e.body), 'C'),
        e.boost, e.title, e.title_folded, e.next_date, e.deadline, e.latitude, e.longitude
    FROM portail_search_searchentry e
"""
UPSERT = " ON CONFLICT (locale, id) DO UPDATE SET " + ", ".join(
    f"{column} = EXCLUDED.{column}" for column in COLUMNS.split(", ")[2:]
)


def write(group_keys: list[str] | None = None) -> None:
    """Write the postings of these groups' entries (of every entry when None)."""
    where, params = (
        ("WHERE e.group_key = ANY(%s)", [list(group_keys)]) if group_keys is not None else ("", [])
    )
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {TABLE} ({COLUMNS}) {SELECT} {where} {UPSERT}", params)


def clear() -> None:
    """Empty the postings before a rebuild empties the entries (no cascade row by row). A DELETE,
    not a TRUNCATE: searches keep reading the old rows until the rebuild commits."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")


COUNTS = "portail_search_searchtokencount"


def totals(locale: str) -> dict[str, int]:
    """Each facet token's number of postings in this display language ("": all of them), summed
    from the deltas the triggers of migrations 0008 and 0009 write."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT token, SUM(n) FROM {COUNTS} WHERE locale = %s AND scope = '' "
            "GROUP BY token HAVING SUM(n) > 0",
            [locale],
        )
        return {token: int(n) for token, n in cursor.fetchall()}


def compact() -> None:
    """One row per token, scope and language instead of the deltas (rows inserted meanwhile stay)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH d AS (DELETE FROM {COUNTS} RETURNING locale, scope, token, n) "
            f"INSERT INTO {COUNTS} (locale, scope, token, n) "
            "SELECT locale, scope, token, SUM(n) FROM d GROUP BY locale, scope, token HAVING SUM(n) <> 0"
        )
