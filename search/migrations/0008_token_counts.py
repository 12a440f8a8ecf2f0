"""On PostgreSQL: per-token totals of the postings kept by statement triggers, a GIN index on the
facet tokens, and the browse order as an index (docs/adr/0012-search-at-scale.md)."""

from django.db import migrations, models

from search.postgresql_migrations import on_postgresql, token_counting_function

TABLE = "portail_search_searchposting"
COUNTS = "portail_search_searchtokencount"
FUNCTION = token_counting_function(
    "locale, token, n",
    lambda sign, rows: f"SELECT locale, t, {sign}COUNT(*) FROM {rows}, unnest(tokens || ''::text) t GROUP BY 1, 2",
)
FORWARDS = [
    FUNCTION,
    f"""CREATE TRIGGER search_count_inserted AFTER INSERT ON {TABLE} REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_count_tokens()""",
    f"""CREATE TRIGGER search_count_updated AFTER UPDATE ON {TABLE}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_count_tokens()""",
    f"""CREATE TRIGGER search_count_deleted AFTER DELETE ON {TABLE} REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_count_tokens()""",
    f"""CREATE TRIGGER search_count_truncated AFTER TRUNCATE ON {TABLE}
        FOR EACH STATEMENT EXECUTE FUNCTION search_count_tokens()""",
    f"""INSERT INTO {COUNTS} (locale, token, n)
        SELECT locale, t, COUNT(*) FROM {TABLE}, unnest(tokens || ''::text) t GROUP BY 1, 2""",
    f"CREATE INDEX search_posting_tokens ON {TABLE} USING gin (tokens)",
    f"CREATE INDEX search_posting_browse ON {TABLE} (locale, boost DESC, title, id)",
]
BACKWARDS = [
    f"DROP INDEX IF EXISTS search_posting_browse",
    f"DROP INDEX IF EXISTS search_posting_tokens",
    *(f"DROP TRIGGER IF EXISTS search_count_{what} ON {TABLE}" for what in ("inserted", "updated", "deleted", "truncated")),
    "DROP FUNCTION IF EXISTS search_count_tokens()",
]


class Migration(migrations.Migration):
    dependencies = [("portail_search", "0007_postings")]
    operations = [
        migrations.CreateModel(
            name="SearchTokenCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("locale", models.CharField(max_length=8)),
                ("token", models.TextField()),
                ("n", models.BigIntegerField()),
            ],
            options={"indexes": [models.Index("locale", "token", name="search_token_count")]},
        ),
        migrations.RunPython(on_postgresql(FORWARDS), on_postgresql(BACKWARDS)),
    ]
