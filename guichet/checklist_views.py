"""The company's documents checklist on its tracking page: tick, upload, download (signed token)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from guichet import checklist
from guichet.models import RequestDocument
from guichet.views import tracked_request
from portail.ratelimit import hit

CHANGES_PER_HOUR = 60  # per visitor's address, as for the label's evidence


class DocumentForm(forms.Form):
    """One document's form; guichet/_checklist.html writes its fields (one form per document)."""

    ready = forms.BooleanField(required=False)
    file = forms.FileField(required=False)
    remove = forms.BooleanField(required=False)


def file_response(document: RequestDocument) -> FileResponse:
    """The stored file, as a download with the type read from its bytes at upload."""
    if not document.file:
        raise Http404
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=document.original_name, content_type=document.content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
@tracked_request
def document_view(request, tracked, token, pk):
    """GET: the company's file. POST: tick "ready", upload or remove the file of one document."""
    document = get_object_or_404(RequestDocument, pk=pk, request=tracked)  # another request's: 404
    if request.method == "GET":
        return file_response(document)
    url = reverse("guichet:tracking", args=[token]) + f"#document-{document.pk}"
    form = DocumentForm(request.POST, request.FILES)
    if hit("guichet-checklist", request, limit=CHANGES_PER_HOUR, window_seconds=3600):
        messages.error(
            request, _("Too many changes from your connection in the last hour. Please try again later.")
        )
        return redirect(url)
    if not form.is_valid():
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
        return redirect(url)
    document.request = tracked
    try:
        checklist.update_document(
            document,
            ready=form.cleaned_data["ready"],
            upload=form.cleaned_data["file"],
            remove_file=form.cleaned_data["remove"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages) + " " + _("Nothing was changed."))
    else:
        messages.success(request, _("Your checklist is saved."))
    return redirect(url)
