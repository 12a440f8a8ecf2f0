"""The quick start runs on SQLite, where the site and the django-q2 worker write at once: an editor's
save while a job writes waits for it instead of failing with "database is locked" (issue 22)."""

import threading

from django.conf import settings
from django.db import OperationalError
from django.db.utils import ConnectionHandler

HELD = 1.0  # seconds the job keeps its write open at most, waiting for the editor to start


def job_then_editor(path, options) -> list[Exception]:
    """A job writes and holds its transaction; meanwhile an editor reads, then writes (as a publish
    does). Both go through Django's SQLite backend configured with `options`."""
    config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path), "OPTIONS": options}
    handler = ConnectionHandler({"default": config, "editor": config})
    setup = handler["default"]
    setup.cursor().execute("CREATE TABLE IF NOT EXISTS page (title TEXT)")
    setup.close()
    written, read, errors = threading.Event(), threading.Event(), []

    def in_transaction(alias, work):
        connection = handler[alias]
        try:
            connection.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
            work(connection.cursor())
            connection.commit()
        except OperationalError as error:
            errors.append(error)
            connection.rollback()
        finally:
            connection.close()

    def job(cursor):
        cursor.execute("INSERT INTO page VALUES ('indexed')")
        written.set()
        read.wait(HELD)  # the editor has read (or could not start yet): now commit

    def editor(cursor):
        cursor.execute("SELECT COUNT(*) FROM page")
        read.set()
        cursor.execute("INSERT INTO page VALUES ('published')")

    worker = threading.Thread(target=in_transaction, args=("default", job))
    worker.start()
    written.wait(5)
    in_transaction("editor", editor)
    worker.join()
    return errors


def test_an_editor_saving_while_a_job_writes_waits_for_it(tmp_path, django_db_blocker):
    with django_db_blocker.unblock():  # a database file of its own, outside the test database
        assert job_then_editor(tmp_path / "site.sqlite3", settings.SQLITE_OPTIONS) == []


def test_without_those_options_the_editor_would_get_database_is_locked(tmp_path, django_db_blocker):
    with django_db_blocker.unblock():
        errors = job_then_editor(tmp_path / "plain.sqlite3", {})
    assert [str(error) for error in errors] == ["database is locked"]
