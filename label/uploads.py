"""Evidence uploads: the type is read from the file's first bytes, never from its name or the
browser's say-so; size and emptiness are checked before anything is stored."""

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

# (magic number, MIME type, extension)
SIGNATURES = [
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
]


def sniff(head: bytes) -> tuple[str, str] | None:
    """(MIME type, extension) from the first bytes, or None for anything but PDF, PNG and JPEG."""
    for magic, mime, extension in SIGNATURES:
        if head.startswith(magic):
            return mime, extension
    return None


def check_upload(upload) -> tuple[str, str]:
    """Raise ValidationError unless `upload` is a non-empty PDF, PNG or JPEG of at most 5 MB.
    Returns (MIME type, a safe file name with the extension of the real type)."""
    limit = settings.LABEL_EVIDENCE_MAX_BYTES
    if not upload.size:
        raise ValidationError(_("The file “%(name)s” is empty.") % {"name": upload.name})
    if upload.size > limit:
        raise ValidationError(
            _("The file “%(name)s” is too large (%(size)s): %(limit)s at most.")
            % {"name": upload.name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    upload.seek(0)
    found = sniff(upload.read(16))
    upload.seek(0)
    if found is None:
        raise ValidationError(
            _("The file “%(name)s” is not a PDF, PNG or JPEG document (whatever its name says).")
            % {"name": upload.name}
        )
    mime, extension = found
    return mime, f"{_stem(upload.name)}.{extension}"


def _stem(name: str) -> str:
    try:
        return get_valid_filename(name.rsplit(".", 1)[0])[:80]
    except SuspiciousFileOperation:  # "", "." or ".."
        return "piece"
