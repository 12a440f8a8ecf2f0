"""Demo providers in every state of the label, and the charter's signatories (demo/data/label.yaml).

Companies, people and SIRET numbers are fictitious (marked « démo »; the SIRETs pass the checksum).
The provider accounts and the reviewer are created with the other demo accounts (demo/data/accounts.yaml).
"""

import datetime
import io

from pypdf import PdfWriter

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from demo.text import read
from label import services
from label.models import CharterSignatory, LabelCriterion, Provider, Solution
from portail.models import Commune, User

REVIEWER = read("label")["reviewer"]
PROVIDERS = read("label")["providers"]
SIGNATORIES = read("label")["signatories"]
SEE_EVIDENCE = "voir la pièce jointe."


def _demo_pdf() -> bytes:
    """A blank A4 page: evidence must be a PDF with pages (label.uploads)."""
    writer, output = PdfWriter(), io.BytesIO()
    writer.add_blank_page(595, 842)
    writer.write(output)
    return output.getvalue()


def provider_email(key: str) -> str:
    return f"prestataire.{key}@demo.example"


def demo_load() -> bool:
    if Provider.objects.exists():
        return False
    reviewer = User.objects.get(email=REVIEWER)
    today = timezone.localdate()
    with transaction.atomic():
        for item in SIGNATORIES:
            CharterSignatory.objects.create(
                kind=item["kind"], name=item["name"], role=item["role"], signed_on=item["signed_on"]
            )
        for item in PROVIDERS:
            description = item["description"]
            provider = Provider.objects.create(
                user=User.objects.get(email=provider_email(item["key"])),
                name=item["name"],
                siret=item["siret"],
                commune=Commune.objects.get(insee_code=item["commune"]),
                team_size=item["staff"],
                website=item["website"],
                description=description.fr,
                description_en=description.en,
                description_es=description.es,
            )
            for solution in item["solutions"]:
                Solution.objects.create(provider=provider, **solution)
            _apply(provider, item["state"], reviewer, today)
    return True


def _apply(provider: Provider, state: str, reviewer, today) -> None:
    application = services.open_application(provider)
    answers = {
        criterion: f"Réponse de démonstration ({criterion.text.split(':')[0].lower()}) : {SEE_EVIDENCE}"
        for criterion in LabelCriterion.objects.filter(active=True)
    }
    services.save_answers(application, answers=answers, charter=True)
    services.add_evidence(application, SimpleUploadedFile("kbis-demo.pdf", _demo_pdf(), "application/pdf"))
    if state == "draft":
        return
    user = provider.user
    services.transition(application, "submit", user=user)
    if state == "submitted":
        return
    services.transition(application, "start_review", user=reviewer)
    if state == "changes_requested":
        services.transition(
            application,
            "request_changes",
            user=reviewer,
            message="Merci de joindre l'attestation de l'expert-comptable sur la part du personnel local.",
        )
    elif state == "rejected":
        services.transition(
            application,
            "reject",
            user=reviewer,
            message="L'activité est réalisée par un sous-traitant situé hors de Martinique.",
        )
    else:
        # Expired: approved more than a validity ago; one label expires within 60 days (reminders).
        days_ago = {
            "expired": settings.LABEL_VALIDITY_DAYS + 40,
            "approved-soon": settings.LABEL_VALIDITY_DAYS - 40,
        }
        days_ago = days_ago.get(state, 120)
        met = dict.fromkeys(application.answers.values_list("pk", flat=True), True)
        services.record_checklist(application, user=reviewer, met=met)  # every criterion checked
        services.transition(
            application, "approve", user=reviewer, today=today - datetime.timedelta(days=days_ago)
        )
        if state == "revoked":
            services.transition(
                application,
                "revoke",
                user=reviewer,
                message="Établissement fermé en Martinique depuis juin (contrôle du registre).",
            )
