import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from catalogue.lheo.importer import import_lheo
from catalogue.lheo.reader import LheoFileError
from catalogue.models import LheoImport
from catalogue.selectors import default_catalogue

DOWNLOAD_TIMEOUT = 60


class Command(BaseCommand):
    help = "Import an LHEO 2.2 or 2.3 XML file (a path or an http(s) URL) into the training catalogue."

    def add_arguments(self, parser):
        parser.add_argument("source", help="Path or http(s) URL of the LHEO file")

    def handle(self, *args, source, **options):
        catalogue = default_catalogue()
        if catalogue is None:
            raise CommandError(
                "There is no catalogue page to import into: create a training catalogue page first."
            )
        try:
            with _open(source) as stream:
                run = import_lheo(stream, index=catalogue, log=LheoImport.objects.create(source=source[:500]))
        except LheoFileError as error:
            raise CommandError(f"{source}: {error} Nothing was changed.") from error
        counts = run.counts
        self.stdout.write(
            f"{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['rejected']} rejected."
        )
        for rejected in run.rejected:
            self.stdout.write(
                f"rejected {rejected['id']} ({rejected['title'] or 'no title'}): {rejected['reason']}"
            )


@contextmanager
def _open(source: str):
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=DOWNLOAD_TIMEOUT) as response:
                yield response
        except OSError as error:
            raise CommandError(f"Could not download {source}: {error}") from error
        return
    path = Path(source)
    if not path.is_file():
        raise CommandError(f"No such file: {source}")
    with path.open("rb") as stream:
        yield stream
