"""Organisers' screens in the Wagtail admin: the events with their sign-ups, and the CSV export."""

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import path, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from evenements.enums import RegistrationStatus
from evenements.models import EventPage
from portail.spreadsheet import csv_response

PERMISSION = "evenements.view_registration"


def _events():
    confirmed = Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED))
    waiting = Count("registrations", filter=Q(registrations__status=RegistrationStatus.WAITING))
    return EventPage.objects.filter(locale=Locale.get_default()).annotate(
        confirmed=confirmed, waiting=waiting
    )


class EventRegistrationsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = PERMISSION
    raise_exception = True
    template_name = "evenements/admin/events.html"
    page_title = gettext_lazy("Event registrations")
    header_icon = "date"

    def get_context_data(self, **kwargs):
        since = timezone.now() - timezone.timedelta(days=30)
        return super().get_context_data(
            events=_events().filter(ends_at__gte=since).order_by("starts_at"), **kwargs
        )


class EventAttendeesView(PermissionRequiredMixin, WagtailAdminTemplateMixin, DetailView):
    permission_required = PERMISSION
    raise_exception = True
    template_name = "evenements/admin/attendees.html"
    context_object_name = "event"
    header_icon = "date"

    def get_queryset(self):
        return _events()

    def get_page_title(self):
        return self.object.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse_lazy("portail_event_registrations"), "label": _("Event registrations")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(registrations=self.object.registrations.all(), **kwargs)


def attendees_csv_view(request, pk):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    event = get_object_or_404(EventPage, pk=pk, locale=Locale.get_default())
    header = [
        _("Name"),
        _("E-mail"),
        _("Telephone"),
        _("Accessibility needs"),
        _("Status"),
        _("Registered on"),
    ]
    rows = [
        [
            r.name,
            r.email,
            r.phone,
            r.accessibility_needs,
            r.get_status_display(),
            timezone.localtime(r.created_at),
        ]
        for r in event.registrations.exclude(status=RegistrationStatus.CANCELLED)
    ]
    return csv_response([header, *rows], f"inscrits-{event.slug}.csv")


def admin_urls():
    return [
        path(
            "evenements/inscriptions/", EventRegistrationsView.as_view(), name="portail_event_registrations"
        ),
        path("evenements/<int:pk>/inscrits/", EventAttendeesView.as_view(), name="portail_event_attendees"),
        path("evenements/<int:pk>/inscrits.csv", attendees_csv_view, name="portail_event_attendees_csv"),
    ]
