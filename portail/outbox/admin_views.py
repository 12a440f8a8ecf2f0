"""The outbox in the Wagtail admin: messages waiting or failed, and "send again"."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portail.models import OutboundEmail
from portail.outbox import services

Status = OutboundEmail.Status
LISTED = 200


class OutboxView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = "portail.view_outboundemail"
    raise_exception = True
    template_name = "portail/admin/outbox.html"
    page_title = gettext_lazy("Outgoing e-mails")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        status = self.request.GET.get("status") or Status.PENDING
        if status not in Status.values:
            status = Status.PENDING
        emails = OutboundEmail.objects.filter(status=status).defer("body", "attachments", "alternatives")
        return super().get_context_data(
            status=status,
            statuses=Status.choices,
            emails=emails.order_by("-created_at", "-pk")[:LISTED],
            backlog=services.backlog(),
            can_resend=self.request.user.has_perm("portail.change_outboundemail"),
            **kwargs,
        )


class ResendView(PermissionRequiredMixin, View):
    permission_required = "portail.change_outboundemail"
    raise_exception = True

    def post(self, request, pk):
        email = get_object_or_404(OutboundEmail, pk=pk)
        listed = email.status
        if email.status == Status.SENT:
            messages.error(request, _("This e-mail has already been sent."))
        else:
            services.resend(email)
            messages.success(request, _("The e-mail will be sent again within a minute."))
        return redirect(f"{reverse('portail_outbox')}?status={listed}")
