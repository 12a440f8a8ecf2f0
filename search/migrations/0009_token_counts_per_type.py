"""On PostgreSQL: the per-token totals also per type (`scope` "type=formation"…; "" counts every
posting of the language), so that a listing restricted to its type, and a broad text with a type
chosen, read the other facets' counts from them (docs/adr/0016-token-totals-per-type.md)."""

from django.db import migrations, models

TABLE = "portail_search_searchposting"
COUNTS = "portail_search_searchtokencount"
# Each posting counts its tokens ("" too: the posting itself) in scope "" and in the scope of its
# type token (a posting has one type).
SCOPED = """
    SELECT locale, s, t, COUNT(*) FROM {rows} r, unnest(r.tokens || ''::text) t,
        unnest(ARRAY[''::text] || ARRAY(SELECT x FROM unnest(r.tokens) x WHERE starts_with(x, 'type='))) s
    GROUP BY 1, 2, 3
"""


def counting(scoped: bool) -> str:
    columns = "locale, scope, token, n" if scoped else "locale, token, n"
    deltas = {
        sign: (
            SCOPED.format(rows=rows).replace("COUNT(*)", f"{sign}COUNT(*)")
            if scoped
            else f"SELECT locale, t, {sign}COUNT(*) FROM {rows}, unnest(tokens || ''::text) t GROUP BY 1, 2"
        )
        for sign, rows in (("-", "old_rows"), ("", "new_rows"))
    }
    return f"""
CREATE OR REPLACE FUNCTION search_count_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM {COUNTS};
        RETURN NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO {COUNTS} ({columns}) {deltas["-"]};
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO {COUNTS} ({columns}) {deltas[""]};
    END IF;
    RETURN NULL;
END $$
"""


FORWARDS = [
    counting(scoped=True),
    f"DELETE FROM {COUNTS}",
    f"INSERT INTO {COUNTS} (locale, scope, token, n) {SCOPED.format(rows=TABLE)}",
]
BACKWARDS = [
    f"DELETE FROM {COUNTS} WHERE scope <> ''",
    counting(scoped=False),
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return operation


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
        migrations.RunPython(run(FORWARDS), run(BACKWARDS)),
    ]
