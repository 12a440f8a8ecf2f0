from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from achats.barometer import barometer_invite


class Command(BaseCommand):
    help = "E-mail buyers a link to this year's barometer (one address a line; addresses are not kept)."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument("path", help="A text file with one e-mail address a line.")
        parser.add_argument("--language", default="fr", choices=["fr", "en", "es"])

    def handle(self, *args, year, path, language, **options):
        emails = [
            line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        for email in emails:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"Not an e-mail address: {email!r}; nothing was sent.") from error
        self.stdout.write(
            f"{barometer_invite(emails=emails, year=year, language=language)} invitation(s) sent."
        )
