"""On PostgreSQL: the narrow search storage (search/engines/postings.py), partitioned by display
language, filled from the entries; the entries' own tsvector goes."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import migrations, models

LANGUAGES = ("fr", "en", "es")
TABLE = "portail_search_searchposting"
CONFIG = (
    "(CASE WHEN e.content_language IN ('fr', 'en', 'es') THEN 'portail_' || e.content_language "
    "ELSE 'portail_fr' END)::regconfig"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        # Unused there, but present: a flush between tests truncates every managed model's table.
        schema_editor.create_model(apps.get_model("portail_search", "SearchPosting"))
        return
    statements = [
        f"""CREATE TABLE {TABLE} (
            id bigint NOT NULL REFERENCES portail_search_searchentry (id) ON DELETE CASCADE,
            locale varchar(8) NOT NULL,
            content_language varchar(8) NOT NULL,
            tokens text[] NOT NULL,
            vector tsvector NOT NULL,
            boost double precision NOT NULL,
            title varchar(300) NOT NULL,
            title_folded varchar(300) NOT NULL,
            next_date date,
            deadline date,
            latitude double precision,
            longitude double precision,
            PRIMARY KEY (locale, id)
        ) PARTITION BY LIST (locale)""",
        *(f"CREATE TABLE {TABLE}_{code} PARTITION OF {TABLE} FOR VALUES IN ('{code}')" for code in LANGUAGES),
        f"CREATE TABLE {TABLE}_other PARTITION OF {TABLE} DEFAULT",
        f"CREATE INDEX search_posting_vector ON {TABLE} USING gin (vector)",
        f"CREATE INDEX search_posting_entry ON {TABLE} (id)",
        f"""INSERT INTO {TABLE}
            SELECT e.id, e.locale, e.content_language, string_to_array(btrim(e.facet_tokens), ' '),
                setweight(to_tsvector({CONFIG}, e.title), 'A')
                || setweight(to_tsvector({CONFIG}, e.summary), 'B')
                || setweight(to_tsvector({CONFIG}, e.body), 'C'),
                e.boost, e.title, e.title_folded, e.next_date, e.deadline, e.latitude, e.longitude
            FROM portail_search_searchentry e""",
    ]
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.delete_model(apps.get_model("portail_search", "SearchPosting"))
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")


def restore_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "UPDATE portail_search_searchentry e SET vector = "
            f"setweight(to_tsvector({CONFIG}, e.title), 'A') || setweight(to_tsvector({CONFIG}, e.summary), 'B') "
            f"|| setweight(to_tsvector({CONFIG}, e.body), 'C')"
        )
        cursor.execute("CREATE INDEX search_entry_vector ON portail_search_searchentry USING gin (vector)")


class Migration(migrations.Migration):
    dependencies = [("portail_search", "0006_pending_indexing")]
    operations = [
        # The table is made below: partitioned on PostgreSQL, which Django's schema editor cannot do.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SearchPosting",
                    fields=[
                        ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                        ("locale", models.CharField(max_length=8)),
                        ("content_language", models.CharField(max_length=8)),
                        ("tokens", ArrayField(models.TextField(), default=list)),
                        ("vector", SearchVectorField()),
                        ("boost", models.FloatField()),
                        ("title", models.CharField(max_length=300)),
                        ("title_folded", models.CharField(max_length=300)),
                        ("next_date", models.DateField(null=True)),
                        ("deadline", models.DateField(null=True)),
                        ("latitude", models.FloatField(null=True)),
                        ("longitude", models.FloatField(null=True)),
                    ],
                ),
            ]
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RunPython(migrations.RunPython.noop, restore_vectors),
        migrations.RemoveField(model_name="searchentry", name="vector"),
    ]
