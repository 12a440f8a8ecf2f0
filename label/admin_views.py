"""CTM reviewers in the Wagtail admin: the queue of applications, and one application with its
evidence, the criteria checklist and the decision."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from label import services
from label.enums import ApplicationStatus
from label.forms import DecisionForm
from label.models import Evidence, LabelApplication
from label.views import evidence_response
from label.workflow import allowed_actions

QUEUE_ORDER = [
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.UNDER_REVIEW,
    ApplicationStatus.CHANGES_REQUESTED,
    ApplicationStatus.APPROVED,
    ApplicationStatus.REJECTED,
    ApplicationStatus.REVOKED,
    ApplicationStatus.DRAFT,
]


class ReviewerRequiredMixin(PermissionRequiredMixin):
    permission_required = services.REVIEW_PERMISSION
    raise_exception = True


class QueueView(ReviewerRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "label/admin/queue.html"
    page_title = gettext_lazy("Label applications")
    header_icon = "tick-inverse"

    def get_context_data(self, **kwargs):
        status = self.request.GET.get("statut", "")
        if status not in ApplicationStatus.values:
            status = ""
        applications = LabelApplication.objects.select_related("provider__commune", "reviewer").annotate(
            evidence_count=Count("evidence")
        )
        counts = dict(
            LabelApplication.objects.values_list("status")
            .annotate(total=Count("pk"))
            .values_list("status", "total")
        )
        if status:
            applications = applications.filter(status=status)
        else:  # the work first: what waits for a reviewer, oldest first
            applications = applications.filter(
                status__in=[ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW]
            )
        tabs = [(value, ApplicationStatus(value).label, counts.get(value, 0)) for value in QUEUE_ORDER]
        return super().get_context_data(
            applications=applications.order_by("submitted_at", "pk"), status=status, tabs=tabs, **kwargs
        )


class ReviewView(ReviewerRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "label/admin/review.html"
    header_icon = "tick-inverse"

    def dispatch(self, request, *args, **kwargs):
        self.application = get_object_or_404(
            LabelApplication.objects.select_related("provider__commune", "provider__user", "reviewer"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.application.provider.name

    def get_context_data(self, **kwargs):
        application = self.application
        provider = application.provider
        return super().get_context_data(
            application=application,
            provider=provider,
            solutions=list(provider.solutions.all()),
            answers=list(application.answers.select_related("criterion")),
            evidence=list(application.evidence.all()),
            timeline=list(application.events.select_related("actor")),
            actions=allowed_actions(application.status, "reviewer"),
            decision_form=DecisionForm(),
            history=list(provider.applications.exclude(pk=application.pk)),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        application = self.application
        if request.POST.get("action") == "checklist":
            met, reasons = {}, {}
            for answer in application.answers.all():
                value = request.POST.get(f"met_{answer.pk}", "")
                met[answer.pk] = {"yes": True, "no": False}.get(value)
                reasons[answer.pk] = request.POST.get(f"reason_{answer.pk}", "")
            services.record_checklist(application, user=request.user, met=met, reasons=reasons)
            messages.success(request, _("Checklist saved."))
            return redirect("label_review_detail", pk=application.pk)
        form = DecisionForm(request.POST)
        if form.is_valid() and form.cleaned_data["action"] in allowed_actions(application.status, "reviewer"):
            try:
                services.transition(
                    application,
                    form.cleaned_data["action"],
                    user=request.user,
                    message=form.cleaned_data["message"],
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Done. The provider has been told by e-mail."))
        else:
            messages.error(request, _("This step is not possible for this application."))
        return redirect("label_review_detail", pk=application.pk)


class EvidenceView(ReviewerRequiredMixin, View):
    def get(self, request, pk):
        return evidence_response(get_object_or_404(Evidence, pk=pk))
