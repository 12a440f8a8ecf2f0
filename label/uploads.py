"""Evidence uploads, checked by structure before anything is stored: the type is read from the
bytes (never the name or the browser's say-so), a PDF must parse with pages and no active content,
an image must decode and is stored re-encoded (whatever was hidden in or after it is dropped).
Then clamd scans the file when CLAMD_ADDRESS is set (portail.antivirus), failing closed."""

import io
import logging
import re
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from portail import antivirus

logger = logging.getLogger(__name__)

# (magic number, MIME type, extension)
SIGNATURES = [
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
]
# Keys and action types (/S) that make a PDF run or carry something: scripts, launched programs,
# embedded files, forms sent or filled from elsewhere, multimedia. Links (/URI, /GoTo) are fine.
ACTIVE_KEYS = {"/JS", "/JavaScript", "/EmbeddedFiles", "/EmbeddedFile", "/RichMedia", "/XFA"}
ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/RichMediaExecute", "/GoToE"}
# What a browser would render as a web page or an SVG, anywhere in the file.
MARKUP = re.compile(rb"<\s*(?:!doctype|html|head|body|script|iframe|svg|embed|object)\b", re.IGNORECASE)


def sniff(head: bytes) -> tuple[str, str] | None:
    """(MIME type, extension) from the first bytes, or None for anything but PDF, PNG and JPEG."""
    for magic, mime, extension in SIGNATURES:
        if head.startswith(magic):
            return mime, extension
    return None


def check_upload(upload) -> tuple[str, str, bytes]:
    """Raise ValidationError unless `upload` is a non-empty, well-formed PDF, PNG or JPEG of at most
    5 MB that the antivirus (if any) finds clean. Returns (MIME type, a safe file name with the
    extension of the real type, the bytes to store)."""
    name = upload.name
    limit = settings.LABEL_EVIDENCE_MAX_BYTES
    if not upload.size:
        raise ValidationError(_("The file “%(name)s” is empty.") % {"name": name})
    if upload.size > limit:
        raise ValidationError(
            _("The file “%(name)s” is too large (%(size)s): %(limit)s at most.")
            % {"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    upload.seek(0)
    data = upload.read()
    found = sniff(data)
    if found is None:
        raise ValidationError(
            _("The file “%(name)s” is not a PDF, PNG or JPEG document (whatever its name says).")
            % {"name": name}
        )
    mime, extension = found
    stored = _check_pdf(data, name) if mime == "application/pdf" else _reencode(data, name, mime)
    _scan(data, name)
    return mime, f"{_stem(name)}.{extension}", stored


def _check_pdf(data: bytes, name: str) -> bytes:
    """The PDF as sent (rewriting it would break its electronic signature), once checked."""
    if MARKUP.search(data):
        raise ValidationError(
            _("The file “%(name)s” holds web page code besides the PDF: it is refused.") % {"name": name}
        )
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        locked = reader.is_encrypted and not reader.decrypt("")
        pages = 0 if locked else len(reader.pages)
        active = not locked and _active_content(reader)
    except Exception as error:  # a malformed file can fail anywhere in the parser
        logger.info("unreadable PDF %r: %s", name, error)
        locked, pages, active = False, 0, False
    if locked:
        raise ValidationError(
            _("The file “%(name)s” is protected by a password: send it without one.") % {"name": name}
        )
    if not pages:
        raise ValidationError(
            _("The file “%(name)s” is not a readable PDF document (no page could be read).") % {"name": name}
        )
    if active:
        raise ValidationError(
            _(
                "The file “%(name)s” contains scripts, attached files or automatic actions: "
                "export it again as a plain PDF, or scan it."
            )
            % {"name": name}
        )
    return data


def _active_content(reader: PdfReader) -> bool:
    """Whether any object reachable from the trailer is a script, an embedded file or an action
    that runs or sends something (pypdf decodes #xx escapes in names, so /J#61vaScript is found)."""
    seen, pending = set(), [reader.trailer]
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if ACTIVE_KEYS & set(item) or ("/S" in item and item["/S"] in ACTIVE_ACTIONS):  # [] resolves
                return True
            pending.extend(item.values())
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return False


def _reencode(data: bytes, name: str, mime: str) -> bytes:
    """The image decoded and encoded again: only its pixels are kept (no metadata, nothing
    appended). Too many pixels (a decompression bomb) or bytes that do not decode are refused."""
    image_format = "PNG" if mime == "image/png" else "JPEG"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the limit is ours, below
            with Image.open(io.BytesIO(data), formats=[image_format]) as image:
                if image.width * image.height > settings.LABEL_EVIDENCE_MAX_PIXELS:
                    raise Image.DecompressionBombError
                image.verify()
            with Image.open(io.BytesIO(data), formats=[image_format]) as image:
                image.load()
                image = ImageOps.exif_transpose(image)  # the orientation EXIF said, since EXIF goes
                output = io.BytesIO()
                if image_format == "JPEG":
                    image.save(output, "JPEG", quality=90)
                else:
                    image.save(output, "PNG")
    except Image.DecompressionBombError as error:
        raise ValidationError(
            _("The image “%(name)s” has too many pixels: scan it at a lower resolution.") % {"name": name}
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("The file “%(name)s” is not a readable image (it is damaged or is something else).")
            % {"name": name}
        ) from error
    return output.getvalue()


def _scan(data: bytes, name: str) -> None:
    try:
        virus = antivirus.scan(data)
    except antivirus.ScannerUnavailable as error:
        logger.error("antivirus unavailable, evidence %r refused: %s", name, error)
        raise ValidationError(
            _("The file “%(name)s” could not be checked for viruses just now: please try again later.")
            % {"name": name}
        ) from error
    if virus:
        logger.warning("virus %s found in evidence %r, refused", virus, name)
        raise ValidationError(
            _("The file “%(name)s” contains a virus (%(virus)s): it is refused.")
            % {"name": name, "virus": virus}
        )


def _stem(name: str) -> str:
    try:
        return get_valid_filename(name.rsplit(".", 1)[0])[:80]
    except SuspiciousFileOperation:  # "", "." or ".."
        return "piece"
