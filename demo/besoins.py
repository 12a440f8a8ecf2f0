"""Demo of the directory of local solutions and buyers' needs (demo/data/besoins.yaml)."""

import datetime

from django.db import transaction
from django.utils import timezone

from besoins.models import Need, Proposal
from demo.text import read
from label.models import Provider, Solution
from portail.models import Commune, User
from portail.validators import luhn_valid

DATA = read("besoins")


def _siret(n: int) -> str:
    base = f"8{n:012d}"
    return next(base + digit for digit in "0123456789" if luhn_valid(base + digit))


def demo_load() -> bool:
    if Need.objects.exists():
        return False
    providers = {}
    with transaction.atomic():
        for n, item in enumerate(DATA["providers"], 1):
            user = User.objects.create_user(email=f"prestataire.{item['key']}@demo.example", password=None)
            provider = Provider.objects.create(
                user=user, name=item["name"], siret=_siret(n),
                commune=Commune.objects.get(insee_code=item["commune"]),
                team_size=item["staff"], description=item["description"],
                contact_email=f"contact.{item['key']}@demo.example",
            )  # fmt: skip
            for solution in item["solutions"]:
                Solution.objects.create(
                    provider=provider, name=solution["name"], category=solution["category"],
                    description=solution["description"], references=solution["references"],
                    references_consent=solution["consent"],
                )  # fmt: skip
            providers[item["key"]] = provider
        deadline = timezone.localdate() + datetime.timedelta(days=45)
        for item in DATA["needs"]:
            proposals = item.pop("proposals", [])
            need = Need.objects.create(
                **{**item, "commune": Commune.objects.get(insee_code=item["commune"])}, deadline=deadline,
                published_at=timezone.now() if item["status"] == "published" else None,
            )  # fmt: skip
            for proposal in proposals:
                provider = providers[proposal["provider"]]
                Proposal.objects.create(need=need, provider=provider, text=proposal["text"])
    return True
