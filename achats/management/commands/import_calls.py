from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from achats.importer import import_calls, read_feed


class Command(BaseCommand):
    help = "Import calls for tenders and projects from a CSV or JSON file (run it again: nothing doubles)."

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            help="A .csv (header: id,title,buyer,summary,kind,categories,deadline,link) or .json file.",
        )
        parser.add_argument("--draft", action="store_true", help="Leave new calls unpublished.")

    def handle(self, *args, path, draft, **options):
        file = Path(path)
        fmt = "json" if file.suffix.lower() == ".json" else "csv"
        try:
            rows = read_feed(file.read_text(encoding="utf-8-sig"), fmt)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        report = import_calls(rows, publish=not draft)
        self.stdout.write(
            f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
            f"{len(report.errors)} rejected."
        )
        for number, reason in report.errors:
            self.stderr.write(f"  row {number}: {reason}")
        if report.errors:
            raise CommandError(f"{len(report.errors)} row(s) rejected (see above); the others were imported.")
