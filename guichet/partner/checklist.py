"""The checklist's files for the advisers of the request's partner (and the CTM's), nobody else."""

from django.shortcuts import get_object_or_404

from guichet.checklist_views import file_response
from guichet.models import RequestDocument
from guichet.partner.views import _visible, partner_member_required


@partner_member_required
def document_view(request, reference, pk):
    item = _visible(request, reference)  # another partner's request: 404
    return file_response(get_object_or_404(RequestDocument, pk=pk, request=item))
