"""CTM moderators in the Wagtail admin: the needs by status, and one need to publish or reject."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from besoins import selectors, services
from besoins.enums import NeedStatus
from besoins.forms import ModerationForm
from besoins.models import Need
from besoins.workflow import allowed_actions


class ModeratorRequiredMixin(PermissionRequiredMixin):
    permission_required = services.MODERATE_PERMISSION
    raise_exception = True


class ModerationQueueView(ModeratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "besoins/admin/queue.html"
    page_title = gettext_lazy("Buyers' needs")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        status = self.request.GET.get("statut", NeedStatus.PENDING)
        if status not in NeedStatus.values:
            status = NeedStatus.PENDING
        needs = Need.objects.filter(status=status).select_related("commune").order_by("created_at", "pk")
        tabs = [(value, label) for value, label in NeedStatus.choices]
        return super().get_context_data(needs=needs, status=status, tabs=tabs, **kwargs)


class ModerationView(ModeratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "besoins/admin/moderate.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.need = get_object_or_404(Need.objects.select_related("commune"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.need.title

    def get_context_data(self, **kwargs):
        need = self.need
        return super().get_context_data(
            need=need,
            actions=allowed_actions(need.status, "moderator"),
            form=ModerationForm(),
            proposals=selectors.proposals_side_by_side(need),
            notified=need.notifications.count(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        form = ModerationForm(request.POST)
        if form.is_valid() and form.cleaned_data["action"] in allowed_actions(self.need.status, "moderator"):
            try:
                services.transition(
                    self.need, form.cleaned_data["action"], by="moderator", user=request.user,
                    message=form.cleaned_data["message"],
                )  # fmt: skip
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Done. The buyer has been told by e-mail."))
        else:
            messages.error(request, _("This step is not possible for this need."))
        return redirect("besoins_moderation_detail", pk=self.need.pk)
