import time

from django.core.management.base import BaseCommand, CommandError

from search.engines.es_client import IndexingError
from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index of every engine (or the one named) from all searchable content."

    def add_arguments(self, parser):
        parser.add_argument("--engine", choices=["database", "elasticsearch"])

    def handle(self, *args, engine=None, **options):
        started = time.monotonic()

        def progress(done, total):
            width = 30
            filled = width * done // max(total, 1)
            bar = "#" * filled + "-" * (width - filled)
            self.stdout.write(f"\r[{bar}] {done}/{total} objects", ending="")
            self.stdout.flush()

        try:
            written = rebuild(engine, progress)
        except IndexingError as error:
            self.stdout.write("")
            raise CommandError(f"{error} (the errors are logged).") from error
        elapsed = time.monotonic() - started
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"{written} entries indexed in {elapsed:.1f} s ({written / max(elapsed, 1e-3):.0f}/s)."
            )
        )
