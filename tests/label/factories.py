"""Test data for the label: providers, their solutions, applications ready to submit or approved."""

import io

import factory
from factory.django import DjangoModelFactory

from portail.models import Commune


class ProviderFactory(DjangoModelFactory):
    """A provider with a verified account (see also `labelled`)."""

    user = factory.SubFactory("tests.portail.factories.UserFactory")
    name = factory.Sequence(lambda n: f"Prestataire numérique {n}")
    siret = factory.Sequence(lambda n: _siret(n))
    commune = factory.LazyFunction(lambda: Commune.objects.get(insee_code="97214"))  # Le Lorrain
    description = "Développement web et maintenance sur place."
    team_size = 4

    class Meta:
        model = "label.Provider"


def _siret(n: int) -> str:
    """A SIRET passing the Luhn check, different for each n."""
    from portail.validators import luhn_valid

    base = f"9{n:012d}"
    return next(base + digit for digit in "0123456789" if luhn_valid(base + digit))


class SolutionFactory(DjangoModelFactory):
    provider = factory.SubFactory(ProviderFactory)
    name = factory.Sequence(lambda n: f"Solution {n}")
    category = "developpement"
    description = "Une boutique en ligne clé en main."

    class Meta:
        model = "label.Solution"


def pdf(catalog: bytes = b"", *more: bytes, page: bytes = b"", padding: int = 0) -> bytes:
    """A one-page PDF with a correct cross-reference table. `catalog` and `page` add entries to
    those dictionaries, `more` adds objects 4, 5…, `padding` a comment of that many bytes."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + page + b" >>",
        *more,
    ]
    out = b"%PDF-1.4\n" + (b"%" + b"0" * padding + b"\n" if padding else b"")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return (
        out
        + b"xref\n0 %d\n0000000000 65535 f \n%s" % (len(objects) + 1, table)
        + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(out))
    )


def image(image_format: str, size=(8, 6)) -> bytes:
    """A real PNG or JPEG that Pillow decodes."""
    from PIL import Image

    output = io.BytesIO()
    Image.new("RGB", size, (200, 30, 60)).save(output, image_format)
    return output.getvalue()


PDF_BYTES = pdf()


def complete_application(provider=None, **provider_fields):
    """A draft with every criterion answered, the charter accepted and one PDF: ready to submit."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from label import services as label_services
    from label.models import LabelCriterion

    provider = provider or ProviderFactory(**provider_fields)
    if not provider.solutions.exists():
        SolutionFactory(provider=provider)
    application = label_services.open_application(provider)
    answers = dict.fromkeys(LabelCriterion.objects.filter(active=True), "Oui, voir la pièce.")
    label_services.save_answers(application, answers=answers, charter=True)
    label_services.add_evidence(application, SimpleUploadedFile("kbis.pdf", PDF_BYTES))
    return application


def all_criteria_met(application, reviewer):
    """The reviewer ticks every criterion of the application « met »."""
    from label import services as label_services

    met = dict.fromkeys(application.answers.values_list("pk", flat=True), True)
    label_services.record_checklist(application, user=reviewer, met=met)


def labelled(reviewer, *, today=None, **provider_fields):
    """A provider whose application went all the way to approval (on `today`)."""
    from label import services as label_services

    application = complete_application(**provider_fields)
    user = application.provider.user
    label_services.transition(application, "submit", user=user)
    label_services.transition(application, "start_review", user=reviewer)
    all_criteria_met(application, reviewer)
    return label_services.transition(application, "approve", user=reviewer, today=today)
