"""On PostgreSQL: unaccent and pg_trgm, one text-search configuration per language, GIN indexes."""

from django.db import migrations

CONFIGS = {"fr": "french", "en": "english", "es": "spanish"}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    statements = ["CREATE EXTENSION IF NOT EXISTS unaccent", "CREATE EXTENSION IF NOT EXISTS pg_trgm"]
    for code, config in CONFIGS.items():
        statements += [
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS portail_{code}",
            f"CREATE TEXT SEARCH CONFIGURATION portail_{code} (COPY = pg_catalog.{config})",
            f"ALTER TEXT SEARCH CONFIGURATION portail_{code} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {config}_stem",
        ]
    statements += [
        "CREATE INDEX search_entry_vector ON portail_search_searchentry USING gin (vector)",
        "CREATE INDEX search_entry_title_trgm ON portail_search_searchentry "
        "USING gin (title_folded gin_trgm_ops)",
    ]
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS search_entry_vector")
        cursor.execute("DROP INDEX IF EXISTS search_entry_title_trgm")
        for code in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS portail_{code}")


class Migration(migrations.Migration):
    dependencies = [("portail_search", "0001_entries")]
    operations = [migrations.RunPython(forwards, backwards)]
