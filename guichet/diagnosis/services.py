"""Writes of the self-diagnosis: the stored result, and the guichet request it starts."""

from django.db import transaction
from django.utils.translation import gettext as _

from guichet.diagnosis.questions import DIMENSION_BY_KEY
from guichet.diagnosis.scoring import levels, needs, weak_dimensions
from guichet.models import Diagnosis
from portail.forms import CommuneField

DRAFT_KEY = "diagnosis"  # in the guichet request's draft: the token of the diagnosis it started from


@transaction.atomic
def finish(draft: dict) -> Diagnosis:
    """Store the diagnosis of a complete draft, once: the same answers sent again (back, resubmit)
    give back the diagnosis already stored."""
    if draft.get("result"):
        existing = Diagnosis.objects.filter(token=draft["result"]).first()
        if existing:
            return existing
    company = draft["company"] or {}
    commune = CommuneField(required=False).clean(company.get("commune", ""))
    answers = dict(draft["answers"])
    diagnosis = Diagnosis.objects.create(
        answers=answers, levels=levels(answers), commune=commune, sector=company.get("sector", "")
    )
    draft["result"] = str(diagnosis.token)
    return diagnosis


def needs_answers(diagnosis: Diagnosis) -> dict:
    """The guichet's needs step, as form data: the needs of the weak dimensions, and a description
    naming them (the company can change both)."""
    weak = [str(DIMENSION_BY_KEY[key].label).lower() for key in weak_dimensions(diagnosis.levels)]
    if not weak:
        return {"needs": [], "description": []}
    text = _("After my self-diagnosis, I would like help with: %(dimensions)s.")
    return {"needs": needs(diagnosis.levels), "description": [text % {"dimensions": ", ".join(weak)}]}


def attached(draft: dict) -> Diagnosis | None:
    """The diagnosis a guichet request's draft was started from, if any."""
    token = draft.get(DRAFT_KEY)
    return Diagnosis.objects.filter(token=token).first() if token else None
