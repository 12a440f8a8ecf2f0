"""The database engine's statement that counts a search's hits among them (both databases): the
hits' number, each facet's counts and the page's ids. PostgreSQL's ways that avoid visiting most
hits are in search/engines/broad.py."""

from search.engines.conditions import postgres


def statement(entries_sql: str, params: list, selected: dict, ordering: str) -> tuple:
    """The statement counting the hits and their tokens and listing the page's ids."""
    oks, ok_params, missed_params = [], [], []
    for key, wanted in selected.items():
        if postgres():
            oks.append("(e.tokens && %s::text[])")
            values = [[f"{key}={value}" for value in wanted]]
        else:
            oks.append("(" + " OR ".join(["e.facet_tokens LIKE %s"] * len(wanted)) + ")")
            values = [f"% {key}={value} %" for value in wanted]
        ok_params += values
        missed_params += [*values, f"{key}="]
    if oks:
        misses = " + ".join(f"CASE WHEN {ok} THEN 0 ELSE 1 END" for ok in oks)
        missed = "CASE " + " ".join(f"WHEN NOT {ok} THEN %s" for ok in oks) + " ELSE '' END"
        # Entries missing two choices or more count nowhere.
        entries_sql = (
            f"SELECT * FROM (SELECT e.*, {misses} AS misses, {missed} AS missed "
            f"FROM ({entries_sql}) e) x WHERE misses <= 1"
        )
        params = [*ok_params, *missed_params, *params]
    else:
        entries_sql = f"SELECT e.*, 0 AS misses, '' AS missed FROM ({entries_sql}) e"
    if postgres():
        counts = (
            "SELECT missed, COUNT(*), NULL FROM m GROUP BY missed UNION ALL "
            "SELECT missed, COUNT(*), t FROM (SELECT missed, unnest(tokens) AS t FROM m) u "
            "WHERE starts_with(t, missed) GROUP BY missed, t"
        )
    else:
        counts = "SELECT missed, COUNT(*), group_concat(facet_tokens, '') FROM m GROUP BY missed"
    materialized = "MATERIALIZED" if postgres() else ""
    sql = (
        f"WITH m AS {materialized} ({entries_sql}) {counts} "
        f"UNION ALL SELECT NULL, ROW_NUMBER() OVER (), CAST(id AS TEXT) FROM "
        f"(SELECT id FROM m WHERE misses = 0 ORDER BY {ordering} LIMIT %s OFFSET %s) p"
    )
    return sql, params
