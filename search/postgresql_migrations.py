"""For the search app's migrations: SQL that runs on PostgreSQL only (SQLite keeps the tables the
models make, empty, and none of the triggers or indexes)."""

COUNTS = "portail_search_searchtokencount"


def on_postgresql(statements: list[str]):
    """A RunPython function that executes these statements, in order, on PostgreSQL only."""

    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return operation


def token_counting_function(columns: str, deltas) -> str:
    """The trigger function of the per-token totals (migrations 0008, 0009). `deltas(sign, rows)`:
    the SELECT of the signed counts of a transition table ("old_rows" with "-", "new_rows" with "")
    into `columns`. Signed deltas, one INSERT per statement on the postings: no row is updated, so
    concurrent indexing jobs never wait for each other (nor deadlock) on a popular token's total."""
    return f"""
CREATE OR REPLACE FUNCTION search_count_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM {COUNTS};
        RETURN NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO {COUNTS} ({columns}) {deltas("-", "old_rows")};
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO {COUNTS} ({columns}) {deltas("", "new_rows")};
    END IF;
    RETURN NULL;
END $$
"""
