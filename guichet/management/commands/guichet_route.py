import json

from django.core.management.base import BaseCommand, CommandError

from guichet.enums import Need, Sector
from guichet.routing import Case, route
from portail.selectors import CommuneLookupError, commune_lookup


class Command(BaseCommand):
    help = "Show which partner a request would go to, and why (the same decision as the request form)."

    def add_arguments(self, parser):
        parser.add_argument("--commune", required=True, help="Name, postal code or INSEE code")
        parser.add_argument("--secteur", required=True, choices=Sector.values)
        parser.add_argument("--effectif", required=True, type=int)
        parser.add_argument("--besoin", action="append", choices=Need.values, default=[])
        parser.add_argument("--json", action="store_true", help="Print one JSON object")

    def handle(self, *args, commune, secteur, effectif, besoin, **options):
        try:
            place = commune_lookup(commune)
        except CommuneLookupError as error:
            raise CommandError(f"{commune!r}: {error}", returncode=2) from error
        if effectif < 0:
            raise CommandError("--effectif must be 0 or more", returncode=2)
        decision = route(Case(place, secteur, effectif, besoin))
        result = {
            "partner": {
                "slug": decision.partner.slug,
                "name": decision.partner.name,
                "kind": decision.partner.kind,
            },
            "commune": {"insee": place.insee_code, "name": place.name},
            "epci": place.epci.short_name,
            "rule": decision.rule.name if decision.rule else None,
            "explanation": decision.explanation,
        }
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
        else:
            self.stdout.write(
                f"{result['partner']['name']} ({result['rule'] or 'fallback'}): {result['explanation']}"
            )
