"""Evidence: type read from the bytes, size and emptiness checked, stored privately, shown only to
the applicant and the reviewers (structure and antivirus: test_evidence_checks.py)."""

from pathlib import Path

import pytest

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from label import services
from tests.label.factories import PDF_BYTES, ProviderFactory, complete_application, image, pdf
from tests.utils import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English (the source language)."""
    with translation.override("en"):
        yield


PNG = image("PNG")
JPEG = image("JPEG")


@pytest.fixture
def draft():
    return services.open_application(ProviderFactory())


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("attestation.pdf", PDF_BYTES, "application/pdf"),
        ("photo.png", PNG, "image/png"),
        ("scan.JPEG", JPEG, "image/jpeg"),
        ("scan-sans-extension", JPEG, "image/jpeg"),
    ],
)
def test_pdf_png_and_jpeg_are_accepted_by_their_content(draft, name, content, expected):
    evidence = services.add_evidence(draft, SimpleUploadedFile(name, content, "application/octet-stream"))
    assert evidence.content_type == expected
    assert evidence.file.name.endswith({"application/pdf": ".pdf", "image/png": ".png"}.get(expected, ".jpg"))


@pytest.mark.parametrize(
    "name, content",
    [
        ("kbis.pdf", b"MZ\x90\x00 an executable renamed"),
        ("photo.png", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
        ("scan.jpg", b"<html><body>phishing</body></html>"),
        ("kbis.pdf", b"PK\x03\x04 a zip or docx"),
    ],
)
def test_a_wrong_type_with_a_right_extension_is_refused(draft, name, content):
    with pytest.raises(ValidationError, match="not a PDF, PNG or JPEG"):
        services.add_evidence(draft, SimpleUploadedFile(name, content, "application/pdf"))
    assert not draft.evidence.exists()


def test_an_empty_file_is_refused(draft):
    with pytest.raises(ValidationError, match="empty"):
        services.add_evidence(draft, SimpleUploadedFile("vide.pdf", b"", "application/pdf"))


def test_a_file_over_5_mb_is_refused(draft):
    big = PDF_BYTES + b"0" * (5 * 1024 * 1024)
    with pytest.raises(ValidationError, match="too large"):
        services.add_evidence(draft, SimpleUploadedFile("gros.pdf", big, "application/pdf"))
    padding = 5 * 1024 * 1024 - len(PDF_BYTES)
    exactly = pdf(padding=padding - (len(pdf(padding=padding)) - 5 * 1024 * 1024))
    assert services.add_evidence(draft, SimpleUploadedFile("juste.pdf", exactly)).size == 5 * 1024 * 1024


def test_evidence_is_stored_outside_the_public_media(draft):
    evidence = services.add_evidence(draft, SimpleUploadedFile("kbis.pdf", PDF_BYTES))
    path = Path(evidence.file.path).resolve()
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    with pytest.raises(ValueError):
        evidence.file.url  # noqa: B018 (no public URL at all)


def test_a_sent_application_keeps_its_evidence(reviewer):
    application = complete_application()
    services.transition(application, "submit", user=application.provider.user)
    with pytest.raises(ValidationError):
        services.add_evidence(application, SimpleUploadedFile("plus.pdf", PDF_BYTES))
    with pytest.raises(ValidationError):
        services.delete_evidence(application.evidence.first())


@pytest.fixture
def evidence():
    return complete_application().evidence.get()


def test_the_applicant_downloads_its_evidence(client, evidence):
    client.force_login(evidence.application.provider.user)
    response = client.get(f"/fr/label/pieces/{evidence.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_evidence_is_never_public(client, evidence):
    assert client.get(f"/fr/label/pieces/{evidence.pk}/").status_code == 404
    client.force_login(ProviderFactory().user)
    assert client.get(f"/fr/label/pieces/{evidence.pk}/").status_code == 404
    assert client.post(f"/fr/label/pieces/{evidence.pk}/supprimer/").status_code == 404
    assert client.get(f"/media/{evidence.file.name}").status_code == 404
    assert evidence.__class__.objects.filter(pk=evidence.pk).exists()


def test_reviewers_open_evidence_in_the_admin_and_others_cannot(client, evidence, reviewer, editor):
    url = f"/admin/label/pieces/{evidence.pk}/"
    refused = signed_in(client, editor).get(url)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # "no permission"
    client.logout()
    response = signed_in(client, reviewer).get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_the_applicant_deletes_a_document_of_its_draft(client, evidence, django_capture_on_commit_callbacks):
    client.force_login(evidence.application.provider.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/fr/label/pieces/{evidence.pk}/supprimer/")
    assert response.status_code == 302
    assert not evidence.application.evidence.exists()
    assert not Path(evidence.file.path).exists()


def test_a_file_leaves_the_disk_only_when_its_deletion_is_committed(
    evidence, django_capture_on_commit_callbacks
):
    path = Path(evidence.file.path)
    with django_capture_on_commit_callbacks() as callbacks:
        evidence.delete()
    assert path.exists()  # not committed yet: a rolled-back deletion would keep its file
    callbacks[0]()
    assert not path.exists()
