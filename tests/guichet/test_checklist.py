"""The documents checklist of a request linked to a funding scheme: the link, ticking, uploads
(the label's checks), who may read the files, the adviser's view, deletion and anonymisation."""

import datetime
import json
from pathlib import Path

import pytest

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.models import Locale

from guichet import services
from guichet.enums import Status
from guichet.models import AccompanimentRequest, RequestDocument
from tests.financements.factories import FundingGuidePageFactory, FundingSchemePageFactory
from tests.guichet.conftest import COMPANY, CONTACT, detail_path, member_of, submit, tracking_path
from tests.guichet.factories import SubmissionFactory
from tests.guichet.factories import submit as submit_request
from tests.label.factories import PDF_BYTES, image, pdf
from tests.utils import signed_in, translate

pytestmark = pytest.mark.django_db

DOCUMENTS = [
    ("Extrait Kbis ou avis de situation SIRENE", "De moins de 3 mois.", True),
    ("Devis des prestataires", "", True),
    ("Attestation de régularité sociale (URSSAF)", "", False),
]
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>'


@pytest.fixture
def scheme(site_tree):
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    page = FundingSchemePageFactory(parent=guide, title="Mofwazaj Dijital", slug="mofwazaj-dijital")
    page.checklist = [("document", {"title": t, "help_text": h, "required": r}) for t, h, r in DOCUMENTS]
    page.save_revision().publish()
    return page


@pytest.fixture
def linked(partners, scheme):
    """Ti Kaz Créole (Le Lorrain, sent to CAP Nord Martinique), asking help with the scheme."""
    return submit_request(SubmissionFactory(company_name="Ti Kaz Créole", scheme=scheme))


def document(request, n=0) -> RequestDocument:
    return request.documents.all()[n]


def post(client, request, doc, *, token=None, **data):
    """The form of one document, posted from the English page (messages in English)."""
    path = f"{tracking_path(request, 'en')}pieces/{doc.pk}/"
    if token:
        path = path.replace(request.tracking_token, token)
    return client.post(path, data)


def upload(name, content):
    return SimpleUploadedFile(name, content, "application/pdf")


def stored_files() -> set:
    return {path for path in Path(settings.PRIVATE_MEDIA_ROOT).rglob("*") if path.is_file()}


# The link from the scheme's page


def test_the_schemes_link_gives_the_request_its_checklist(client, partners, scheme):
    client.get(f"/fr/guichet/?besoin=financement&dispositif={scheme.pk}&sujet=Mofwazaj%20Dijital")
    response = submit(client, needs={"needs": ["financement"], "description": "Un site."})

    created = AccompanimentRequest.objects.get()
    assert response.status_code == 302 and created.scheme == scheme
    assert [(d.title, d.help_text, d.required, d.ready) for d in created.documents.all()] == [
        (t, h, r, False) for t, h, r in DOCUMENTS
    ]
    assert len({d.key for d in created.documents.all()}) == 3


@pytest.mark.parametrize("value", ["abc", "999999", "", "guide"])
def test_a_bad_scheme_id_is_ignored(client, partners, scheme, value):
    value = str(scheme.get_parent().pk) if value == "guide" else value
    client.get(f"/fr/guichet/?besoin=financement&dispositif={value}")
    submit(client, needs={"needs": ["financement"], "description": "Un site."})

    created = AccompanimentRequest.objects.get()
    assert created.scheme is None and not created.documents.exists()


def test_a_later_bad_link_forgets_the_scheme(client, partners, scheme):
    client.get(f"/fr/guichet/?dispositif={scheme.pk}")
    client.get("/fr/guichet/?dispositif=0")
    submit(client)

    assert AccompanimentRequest.objects.get().scheme is None


def test_a_request_without_scheme_shows_no_checklist(client, partners, scheme):
    plain = submit_request()

    assert 'id="checklist-title"' not in client.get(tracking_path(plain)).content.decode()


# The company's page


def test_the_tracking_page_shows_the_checklist(client, linked):
    html = client.get(tracking_path(linked, "en")).content.decode()

    assert "0 of 3 documents ready for “Mofwazaj Dijital”." in html
    for title, _help, _required in DOCUMENTS:
        assert escape(title) in html
    assert html.count('type="file"') == 3 and 'enctype="multipart/form-data"' in html


def test_the_company_ticks_and_unticks_a_document(client, linked):
    response = post(client, linked, document(linked), ready="on")

    assert response.status_code == 302 and response["Location"].endswith(f"#document-{document(linked).pk}")
    assert document(linked).ready and document(linked).ready_at
    assert "1 of 3 documents ready" in client.get(tracking_path(linked, "en")).content.decode()
    post(client, linked, document(linked))
    assert not document(linked).ready and document(linked).ready_at is None


def test_an_uploaded_pdf_is_stored_privately_and_ticks_the_document(client, linked):
    post(client, linked, document(linked, 1), file=upload("devis.pdf", PDF_BYTES))

    doc = document(linked, 1)
    assert doc.ready and doc.original_name == "devis.pdf" and doc.content_type == "application/pdf"
    path = Path(doc.file.path)
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    download = client.get(f"{tracking_path(linked)}pieces/{doc.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF_BYTES
    assert download["Content-Disposition"].startswith("attachment")
    assert {"private", "no-store"} <= {part.strip() for part in download["Cache-Control"].split(",")}


def test_an_image_is_stored_re_encoded(client, linked):
    post(client, linked, document(linked), file=upload("kbis.png", image("PNG") + SVG))

    stored = document(linked).file.read()
    assert stored.startswith(b"\x89PNG") and b"<svg" not in stored


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("kbis.pdf", pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "scripts, attached files"),
        ("kbis.pdf", PDF_BYTES + b"<script>alert(document.cookie)</script>", "web page code"),
        ("kbis.pdf", b"%PDF-1.4\n<html><body><script>alert(1)</script></body></html>", "web page code"),
        ("kbis.svg", SVG, "not a PDF, PNG or JPEG"),
        ("kbis.exe", b"MZ\x90\x00" + b"\x00" * 100, "not a PDF, PNG or JPEG"),
        ("kbis.png", b"\x89PNG\r\n\x1a\n" + SVG, "not a readable image"),
    ],
    ids=["script in PDF", "PDF then HTML", "HTML polyglot", "SVG", "program", "PNG then SVG"],
)
def test_an_unsafe_upload_is_refused_and_nothing_else_is_lost(client, linked, name, content, reason):
    post(client, linked, document(linked), file=upload("ancien.pdf", PDF_BYTES))
    post(client, linked, document(linked, 1), ready="on")
    before = stored_files()

    response = post(client, linked, document(linked), ready="on", file=upload(name, content))
    page = client.get(response["Location"]).content.decode()

    assert reason in page and escape(f"“{name}”") in page and "Nothing was changed." in page
    assert stored_files() == before
    first = document(linked)
    assert first.original_name == "ancien.pdf" and first.file.read() == PDF_BYTES and first.ready
    assert document(linked, 1).ready


def test_an_oversized_upload_is_refused(client, linked, settings):
    settings.LABEL_EVIDENCE_MAX_BYTES = 1000
    response = post(client, linked, document(linked), file=upload("gros.pdf", pdf(padding=2000)))

    page = client.get(response["Location"]).content.decode()
    assert "is too large" in page
    assert not document(linked).file and not document(linked).ready


def test_the_company_removes_its_file(client, linked, django_capture_on_commit_callbacks):
    post(client, linked, document(linked), file=upload("kbis.pdf", PDF_BYTES))
    path = Path(document(linked).file.path)

    with django_capture_on_commit_callbacks(execute=True):
        post(client, linked, document(linked), ready="on", remove="on")

    assert not path.exists() and not document(linked).file and document(linked).ready


def test_a_withdrawn_request_keeps_its_checklist_as_it_is(client, linked):
    services.transition(linked, "withdraw")

    post(client, linked, document(linked), ready="on")
    assert not document(linked).ready
    assert 'type="file"' not in client.get(tracking_path(linked)).content.decode()


# Who may see and change it


def test_another_requests_token_cannot_read_or_change_the_checklist(client, linked, scheme):
    other = submit_request(SubmissionFactory(scheme=scheme))
    post(client, linked, document(linked), file=upload("kbis.pdf", PDF_BYTES))
    mine = document(linked)
    path = f"{tracking_path(other)}pieces/{mine.pk}/"

    assert client.get(path).status_code == 404
    assert client.post(path, {"remove": "on"}).status_code == 404
    assert document(linked).file and document(linked).ready
    forged = linked.tracking_token[:-2] + "xx"
    assert post(client, linked, mine, token=forged, remove="on").status_code == 404


def test_the_adviser_sees_the_progress_and_downloads_the_files(client, linked, partners):
    post(client, linked, document(linked), file=upload("kbis.pdf", PDF_BYTES))
    post(client, linked, document(linked, 2), ready="on")
    adviser = signed_in(client, member_of(partners["cap-nord"]))

    html = adviser.get(detail_path(linked)).content.decode()
    with translation.override("fr"):
        expected = translation.ngettext(
            "%(ready)s of %(total)s document ready for “%(scheme)s”.",
            "%(ready)s of %(total)s documents ready for “%(scheme)s”.",
            3,
        ) % {"ready": 2, "total": 3, "scheme": "Mofwazaj Dijital"}
    assert expected in html
    link = f"{detail_path(linked)}pieces/{document(linked).pk}/"
    assert f'href="{link}"' in html
    download = adviser.get(link)
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF_BYTES


def test_an_adviser_of_another_partner_gets_404(client, linked, partners):
    post(client, linked, document(linked), file=upload("kbis.pdf", PDF_BYTES))
    stranger = signed_in(client, member_of(partners["cacem"]))

    assert stranger.get(f"{detail_path(linked)}pieces/{document(linked).pk}/").status_code == 404


def test_a_document_of_another_request_is_not_served_under_this_one(client, linked, scheme, partners):
    other = submit_request(SubmissionFactory(scheme=scheme))
    post(client, other, document(other), file=upload("kbis.pdf", PDF_BYTES))
    adviser = signed_in(client, member_of(partners["cap-nord"]))

    assert adviser.get(f"{detail_path(linked)}pieces/{document(other).pk}/").status_code == 404


def test_visitors_signed_out_cannot_download_from_the_partner_space(client, linked):
    post(client, linked, document(linked), file=upload("kbis.pdf", PDF_BYTES))

    response = client.get(f"{detail_path(linked)}pieces/{document(linked).pk}/")
    assert response.status_code == 302 and "login" in response["Location"]


# Privacy


def test_deleting_the_request_removes_its_files(client, linked, django_capture_on_commit_callbacks):
    post(client, linked, document(linked), file=upload("kbis.pdf", PDF_BYTES))
    path = Path(document(linked).file.path)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{tracking_path(linked)}supprimer/", {"confirm": "1"})

    assert not AccompanimentRequest.objects.exists() and not RequestDocument.objects.exists()
    assert not path.exists()


def test_anonymisation_removes_the_documents_and_their_files(
    client, linked, django_capture_on_commit_callbacks
):
    post(client, linked, document(linked), file=upload("kbis.pdf", PDF_BYTES))
    path = Path(document(linked).file.path)
    services.transition(linked, "withdraw")
    AccompanimentRequest.objects.filter(pk=linked.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=settings.GUICHET_RETENTION_DAYS + 1)
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert services.anonymise_closed_requests() == 1

    assert not RequestDocument.objects.exists() and not path.exists()
    assert AccompanimentRequest.objects.get().status == Status.WITHDRAWN  # statistics kept


def test_the_export_lists_the_documents(client, linked):
    post(client, linked, document(linked), file=upload("kbis.pdf", PDF_BYTES))

    data = json.loads(client.get(f"{tracking_path(linked)}donnees.json").content)
    assert data["scheme"] == "Mofwazaj Dijital"
    assert [(d["document"], d["ready"], d["file"]) for d in data["documents"]] == [
        (DOCUMENTS[0][0], True, "kbis.pdf"),
        (DOCUMENTS[1][0], False, ""),
        (DOCUMENTS[2][0], False, ""),
    ]
    assert data["documents"][0]["size"] == len(PDF_BYTES)


def test_the_contact_form_is_unchanged_for_a_scheme_request(client, partners, scheme):
    """The scheme rides along in the draft: the steps are the usual ones."""
    client.get(f"/fr/guichet/?dispositif={scheme.pk}")
    client.post("/fr/guichet/demande/entreprise/", COMPANY)
    client.post("/fr/guichet/demande/besoins/", {"needs": ["financement"]})
    assert client.post("/fr/guichet/demande/contact/", CONTACT).status_code == 302


def test_the_checklist_is_shown_in_the_readers_language_when_the_scheme_is_translated(client, linked, scheme):
    translate(scheme.get_parent().specific, "en", title="Funding", slug="funding")
    english = scheme.copy_for_translation(Locale.objects.get(language_code="en"))  # block ids kept
    english.checklist[0].value["title"] = "Kbis extract or SIRENE notice"
    english.save_revision().publish()

    assert "Kbis extract or SIRENE notice" in client.get(tracking_path(linked, "en")).content.decode()
    assert escape(DOCUMENTS[0][0]) in client.get(tracking_path(linked, "fr")).content.decode()
    assert document(linked).title == DOCUMENTS[0][0]  # the copy keeps the language it was made in


def test_the_pages_queries_do_not_grow_with_the_documents(client, linked, scheme, partners):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(request, path) -> int:
        client.get(path)  # the first visit may write the session
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    adviser = signed_in(client, member_of(partners["cap-nord"]))
    few = (queries(linked, tracking_path(linked)), queries(linked, detail_path(linked)))
    scheme.checklist = [
        ("document", {"title": f"Pièce {n}", "help_text": "", "required": True}) for n in range(9)
    ]
    scheme.save_revision().publish()
    many = submit_request(SubmissionFactory(scheme=scheme))
    for n in range(0, 9, 2):
        post(adviser, many, document(many, n), file=upload(f"piece-{n}.pdf", PDF_BYTES))

    assert many.documents.count() == 9
    assert (queries(many, tracking_path(many)), queries(many, detail_path(many))) == few


def test_the_checklist_outlives_its_schemes_page(client, linked, scheme):
    scheme.delete()

    html = client.get(tracking_path(linked, "en")).content.decode()
    assert "0 of 3 documents ready." in html and escape(DOCUMENTS[0][0]) in html
    assert AccompanimentRequest.objects.get().scheme is None
