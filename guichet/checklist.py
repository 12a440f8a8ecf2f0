"""The documents checklist of a request linked to a funding scheme: created at submission from the
scheme's list, ticked and uploaded to by the company, read by its partner's advisers.

Uploads get the label's checks (label.uploads: type read from the bytes, PDF without active
content, images re-encoded, size and pixel limits, clamd when configured) and go to the private
storage; nothing is stored when a check fails."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale

from financements.selectors import scheme_documents
from guichet.enums import Status
from guichet.models import AccompanimentRequest, RequestDocument
from guichet.models.checklist import delete_file_on_commit
from label.uploads import check_upload


def create_checklist(request: AccompanimentRequest) -> list[RequestDocument]:
    """The scheme's documents, copied onto the request (in the language of the scheme's page)."""
    if request.scheme_id is None:
        return []
    return RequestDocument.objects.bulk_create(
        RequestDocument(
            request=request,
            key=document["key"],
            position=position,
            title=document["title"][:150],
            help_text=document["help_text"][:300],
            required=document["required"],
        )
        for position, document in enumerate(scheme_documents(request.scheme))
    )


@dataclass
class Line:
    """A document as a page shows it: its title and help in the reader's language when the scheme
    is translated, what the company did."""

    document: RequestDocument
    title: str
    help_text: str


def lines(request: AccompanimentRequest, locale: Locale | None = None) -> list[Line]:
    documents = list(request.documents.all())
    translated = {}
    if documents and request.scheme_id:
        translated = {
            item["key"]: item for item in scheme_documents(request.scheme, locale or Locale.get_active())
        }
    return [
        Line(
            document,
            translated.get(document.key, {}).get("title") or document.title,
            translated.get(document.key, {}).get("help_text") or document.help_text,
        )
        for document in documents
    ]


def can_change(request: AccompanimentRequest) -> bool:
    """The company updates its checklist until it withdraws the request (its link then expires)."""
    return request.status != Status.WITHDRAWN


@transaction.atomic
def update_document(document: RequestDocument, *, ready: bool, upload=None, remove_file: bool = False):
    """Tick or untick "ready", replace or remove the file. An upload that fails a check raises
    ValidationError before anything changes: the tick, the previous file and the other documents stay."""
    if not can_change(document.request):
        raise ValidationError(_("This request is withdrawn: its checklist cannot be changed any more."))
    stored = check_upload(upload) if upload else None
    now = timezone.now()
    if stored or remove_file:
        delete_file_on_commit(document)
        document.file, document.original_name, document.content_type = None, "", ""
        document.size = document.uploaded_at = None
    if stored:
        mime, name, content = stored
        document.original_name, document.content_type, document.size = upload.name[:200], mime, len(content)
        document.uploaded_at = now
        document.file.save(name, ContentFile(content), save=False)
        ready = True  # a document sent is a document ready
    if ready != document.ready:
        document.ready, document.ready_at = ready, now if ready else None
    document.save()
    return document


def remove_files(request: AccompanimentRequest) -> None:
    """Anonymisation: the documents and their files go (the checklist holds personal documents)."""
    for document in request.documents.all():
        document.delete()  # the file leaves the disk on commit (post_delete handler)


def export(request: AccompanimentRequest) -> list[dict]:
    return [
        {
            "document": document.title,
            "ready": document.ready,
            "file": document.original_name,
            "size": document.size,
            "uploaded_at": document.uploaded_at,
        }
        for document in request.documents.all()
    ]
