"""Evidence checked by structure (polyglots, active PDF content, images re-encoded) and by clamd,
against a fake clamd speaking the INSTREAM protocol on a real socket."""

import contextlib
import io
import logging
import socket
import struct
import threading
from pathlib import Path

import pytest
from PIL import Image

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from label import services
from tests.label.factories import PDF_BYTES, ProviderFactory, image, pdf

pytestmark = pytest.mark.django_db

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>'


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def draft():
    return services.open_application(ProviderFactory())


def add(draft, name, content):
    return services.add_evidence(draft, SimpleUploadedFile(name, content, "application/octet-stream"))


def stored_files() -> set:
    return set(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*"))


def refused(draft, name, content, message):
    """Refused with a message naming the file; no Evidence row and no file stored."""
    before = stored_files()
    with pytest.raises(ValidationError, match=message) as error:
        add(draft, name, content)
    assert f"“{name}”" in error.value.messages[0]
    assert not draft.evidence.filter(original_name=name).exists()
    assert stored_files() == before


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>",
        PDF_BYTES + b"<script>alert(document.cookie)</script>",  # a valid PDF, then a web page
        PDF_BYTES.replace(b"%PDF-1.4\n", b"%PDF-1.4\n%<!DOCTYPE html><svg onload=alert(1)>\n"),
    ],
)
def test_a_pdf_that_is_also_a_web_page_is_refused(draft, content):
    refused(draft, "kbis.pdf", content, "web page code")


@pytest.mark.parametrize(
    "name, content",
    [
        ("kbis.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        ("kbis.pdf", b"%PDF-1.7\n" + b"\x00" * 200),
        ("kbis.pdf", PDF_BYTES[: len(PDF_BYTES) // 2]),
    ],
)
def test_a_pdf_without_a_readable_page_is_refused(draft, name, content):
    refused(draft, name, content, "not a readable PDF")


@pytest.mark.parametrize(
    "content",
    [
        pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
        pdf(b"/OpenAction << /S /J#61vaScript /JS (app.alert(1)) >>"),  # the name written in hex
        pdf(b"/OpenAction 4 0 R", b"<< /S 5 0 R /F (cmd.exe) >>", b"/Launch"),  # the type elsewhere
        pdf(b"/Names << /JavaScript 4 0 R >>", b"<< /Names [(a) << /S /JavaScript /JS (1) >>] >>"),
        pdf(page=b"/AA << /O << /S /Launch /F (cmd.exe) >> >>"),
        pdf(b"/Names << /EmbeddedFiles << /Names [(x.exe) 4 0 R] >> >>", b"<< /Type /Filespec >>"),
        pdf(b"/AcroForm << /Fields [] /XFA 4 0 R >>", b"<< >>"),
    ],
)
def test_a_pdf_with_scripts_actions_or_attachments_is_refused(draft, content):
    refused(draft, "contrat.pdf", content, "scripts, attached files or automatic actions")


def test_a_pdf_with_links_is_kept_as_sent(draft):
    """Links and a "go to page 1" opening are not active content; the bytes are not rewritten
    (an electronic signature stays valid)."""
    content = pdf(
        b"/OpenAction [3 0 R /Fit]",
        b"<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://www.infogreffe.fr/) >> >>",
        page=b"/Annots [4 0 R]",
    )
    assert add(draft, "kbis.pdf", content).file.read() == content


@pytest.mark.parametrize(
    "name, content",
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + SVG),  # PNG signature, then an SVG
        ("scan.jpg", b"\xff\xd8\xff\xe0" + b"<html><script>alert(1)</script></html>"),
        ("photo.png", image("PNG")[:40]),  # truncated
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ],
)
def test_an_image_that_does_not_decode_is_refused(draft, name, content):
    refused(draft, name, content, "not a readable image")


def test_svg_is_refused(draft):
    refused(draft, "logo.svg", SVG, "not a PDF, PNG or JPEG")


@pytest.mark.parametrize("image_format, extension", [("PNG", "png"), ("JPEG", "jpg")])
def test_an_image_is_stored_re_encoded_without_what_was_appended(draft, image_format, extension):
    content = image(image_format, size=(40, 30)) + SVG + b"PK\x03\x04 a zip"
    evidence = add(draft, f"photo.{extension}", content)
    stored = evidence.file.read()
    assert b"<svg" not in stored and b"PK\x03\x04" not in stored
    assert evidence.size == len(stored) < len(content)
    with Image.open(io.BytesIO(stored)) as decoded:
        assert (decoded.format, decoded.size) == (image_format, (40, 30))


def test_an_image_with_too_many_pixels_is_refused(draft, settings):
    settings.LABEL_EVIDENCE_MAX_PIXELS = 100 * 100
    assert add(draft, "ok.png", image("PNG", size=(100, 100)))
    refused(draft, "bombe.png", image("PNG", size=(101, 100)), "too many pixels")


class FakeClamd(threading.Thread):
    """Answers INSTREAM like clamd: "stream: Eicar-Signature FOUND" for the EICAR test string,
    "stream: OK" otherwise; or nothing at all when `silent`."""

    def __init__(self, family=socket.AF_INET, address=("127.0.0.1", 0), silent=False):
        super().__init__(daemon=True)
        self.server = socket.socket(family, socket.SOCK_STREAM)
        self.server.bind(address)
        self.server.listen()
        self.silent, self.received = silent, []

    def run(self):
        while True:
            try:
                connection, _address = self.server.accept()
            except OSError:  # closed by the test
                return
            with connection, connection.makefile("rb") as stream:
                assert stream.read(10) == b"zINSTREAM\0"
                data = b""
                while size := struct.unpack("!L", stream.read(4))[0]:
                    data += stream.read(size)
                self.received.append(data)
                if self.silent:
                    stream.read()  # until the client gives up
                    continue
                verdict = b"Eicar-Signature FOUND" if EICAR in data else b"OK"
                connection.sendall(b"stream: " + verdict + b"\0")

    def stop(self):
        with contextlib.suppress(OSError):  # already stopped
            self.server.shutdown(socket.SHUT_RDWR)  # wakes accept()
        self.server.close()


@pytest.fixture
def clamd(settings):
    server = FakeClamd()
    server.start()
    settings.CLAMD_ADDRESS = f"127.0.0.1:{server.server.getsockname()[1]}"
    yield server
    server.stop()


def test_no_scanner_by_default(draft):
    assert settings.CLAMD_ADDRESS == ""
    assert add(draft, "kbis.pdf", PDF_BYTES + b"%" + EICAR + b"\n")


def test_clamd_scans_each_file_and_a_clean_one_is_stored(draft, clamd):
    evidence = add(draft, "kbis.pdf", PDF_BYTES)
    assert clamd.received == [PDF_BYTES]
    assert evidence.file.read() == PDF_BYTES


def test_a_file_clamd_finds_infected_is_refused(draft, clamd, caplog):
    with caplog.at_level(logging.WARNING, logger="label.uploads"):
        refused(draft, "kbis.pdf", PDF_BYTES + b"%" + EICAR + b"\n", r"contains a virus \(Eicar-Signature\)")
    assert "Eicar-Signature" in caplog.text


def test_a_big_file_is_sent_to_clamd_in_chunks(draft, clamd):
    padded = pdf(padding=200_000)
    add(draft, "gros.pdf", padded)
    assert clamd.received == [padded]


@pytest.mark.parametrize("silent", [False, True], ids=["unreachable", "no answer"])
def test_when_clamd_fails_nothing_is_stored_and_it_is_logged(draft, settings, caplog, silent):
    settings.CLAMD_TIMEOUT_SECONDS = 0.5
    server = FakeClamd(silent=True)
    server.start()
    settings.CLAMD_ADDRESS = f"127.0.0.1:{server.server.getsockname()[1]}"
    if not silent:
        server.stop()  # connection refused
    with caplog.at_level(logging.ERROR, logger="label.uploads"):
        refused(draft, "kbis.pdf", PDF_BYTES, "could not be checked for viruses just now: please try again")
    assert "antivirus unavailable" in caplog.text
    server.stop()


def test_clamd_on_a_unix_socket(draft, settings, tmp_path):
    path = str(tmp_path / "clamd.ctl")
    server = FakeClamd(socket.AF_UNIX, path)
    server.start()
    settings.CLAMD_ADDRESS = path
    refused(draft, "kbis.pdf", PDF_BYTES + b"%" + EICAR + b"\n", "contains a virus")
    assert add(draft, "kbis.pdf", PDF_BYTES)
    server.stop()


def test_the_refusal_is_in_the_applicants_language(draft, clamd):
    with translation.override("fr"), pytest.raises(ValidationError) as error:
        add(draft, "kbis.pdf", PDF_BYTES + b"%" + EICAR + b"\n")
    message = "Le fichier « kbis.pdf » contient un virus (Eicar-Signature) : il est refusé."
    assert error.value.messages == [message]
