"""manage.py import_lieux FILE.csv: places in the national « lieux de médiation numérique » format."""

from django.core.management.base import BaseCommand, CommandError

from lieux.opendata import import_places


class Command(BaseCommand):
    help = (
        "Create or update places from a CSV in the national standard (idempotent: matched by id, then SIRET)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file (UTF-8, comma-separated, with the standard's header)")

    def handle(self, *args, file, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                report = import_places(handle)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        for line, external_id, title in report.created:
            self.stdout.write(f"ligne {line} : créé {external_id} ({title})")
        for line, external_id, title in report.updated:
            self.stdout.write(f"ligne {line} : mis à jour {external_id} ({title})")
        for line, external_id, message in report.errors:
            self.stderr.write(f"ligne {line} : rejeté {external_id or '?'} : {message}")
        created, updated, rejected = len(report.created), len(report.updated), len(report.errors)
        summary = f"{created} créé(s), {updated} mis à jour, {rejected} rejeté(s)."
        self.stdout.write(self.style.SUCCESS(summary))
