"""The postings as bitmaps for counting, and the trigger that marks them outdated
(docs/adr/0018-bitmaps-for-counting.md)."""

from django.db import migrations, models

from search.postgresql_migrations import on_postgresql

TABLE = "portail_search_searchposting"
CHANGES = "portail_search_searchpostingchange"
FORWARDS = [
    f"""CREATE FUNCTION search_postings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {CHANGES} (at) VALUES (now());
    RETURN NULL;
END $$""",
    f"""CREATE TRIGGER search_postings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {TABLE}
        FOR EACH STATEMENT EXECUTE FUNCTION search_postings_changed()""",
]
BACKWARDS = [
    f"DROP TRIGGER IF EXISTS search_postings_changed ON {TABLE}",
    "DROP FUNCTION IF EXISTS search_postings_changed()",
]


class Migration(migrations.Migration):
    dependencies = [("portail_search", "0009_token_counts_per_type")]
    operations = [
        migrations.CreateModel(
            name="SearchBitmap",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("locale", models.CharField(max_length=8)),
                ("kind", models.CharField(max_length=1)),
                ("key", models.TextField()),
                ("data", models.BinaryField()),
            ],
            options={"indexes": [models.Index("locale", "kind", "key", name="search_bitmap_key")]},
        ),
        migrations.CreateModel(
            name="SearchPostingChange",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.RunPython(on_postgresql(FORWARDS), on_postgresql(BACKWARDS)),
    ]
