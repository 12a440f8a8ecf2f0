"""On PostgreSQL: the per-token totals also per type (`scope` "type=formation"…; "" counts every
posting of the language), so that a listing restricted to its type, and a broad text with a type
chosen, read the other facets' counts from them (docs/adr/0016-token-totals-per-type.md)."""

from importlib import import_module

from django.db import migrations, models

from search.postgresql_migrations import COUNTS, on_postgresql, token_counting_function

TABLE = "portail_search_searchposting"
# Each posting counts its tokens ("" too: the posting itself) in scope "" and in the scope of its
# type token (a posting has one type).
SCOPED = """
    SELECT locale, s, t, {sign}COUNT(*) FROM {rows} r, unnest(r.tokens || ''::text) t,
        unnest(ARRAY[''::text] || ARRAY(SELECT x FROM unnest(r.tokens) x WHERE starts_with(x, 'type='))) s
    GROUP BY 1, 2, 3
"""


FORWARDS = [
    token_counting_function(
        "locale, scope, token, n", lambda sign, rows: SCOPED.format(rows=rows, sign=sign)
    ),
    f"DELETE FROM {COUNTS}",
    f"INSERT INTO {COUNTS} (locale, scope, token, n) {SCOPED.format(rows=TABLE, sign='')}",
]
BACKWARDS = [
    f"DELETE FROM {COUNTS} WHERE scope <> ''",
    import_module("search.migrations.0008_token_counts").FUNCTION,  # 0008's function again
]


class Migration(migrations.Migration):
    dependencies = [("portail_search", "0008_token_counts")]
    operations = [
        migrations.AddField(
            model_name="searchtokencount",
            name="scope",
            field=models.CharField(blank=True, default="", max_length=150),
        ),
        migrations.RemoveIndex(model_name="searchtokencount", name="search_token_count"),
        migrations.AddIndex(
            model_name="searchtokencount",
            index=models.Index("locale", "scope", "token", name="search_token_count_scoped"),
        ),
        migrations.RunPython(on_postgresql(FORWARDS), on_postgresql(BACKWARDS)),
    ]
