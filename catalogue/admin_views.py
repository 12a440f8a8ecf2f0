"""Editors' screens in the Wagtail admin: LHEO imports (upload, history, report) and the CSV export."""

from django_q.tasks import async_task

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from catalogue import quality
from catalogue.models import LheoImport, TrainingProvider
from catalogue.selectors import catalogue_rows, default_catalogue
from portail.spreadsheet import csv_response

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
NO_CATALOGUE = _("Create the training catalogue page first: programmes are imported under it.")
IMPORT_QUEUED = _("The file is being imported. This page shows the report when it is done.")


class LheoUploadForm(forms.Form):
    file = forms.FileField(
        label=_("LHEO file (XML, version 2.2 or 2.3)"),
        help_text=_(
            "Up to 50 MB. Programmes are matched by their LHEO number: importing a file again updates them."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xml,application/xml,text/xml"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 50 MB."))
        if not upload.name.lower().endswith(".xml"):
            raise forms.ValidationError(_("Choose an .xml file."))
        return upload


class _CatalogueAdminMixin(PermissionRequiredMixin):
    permission_required = "catalogue.add_lheoimport"
    raise_exception = True


class LheoImportView(_CatalogueAdminMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "catalogue/admin/lheo_imports.html"
    page_title = _("LHEO imports")
    header_icon = "download"
    form_class = LheoUploadForm

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            imports=LheoImport.objects.select_related("user")[:30],
            has_catalogue=default_catalogue() is not None,
            **kwargs,
        )

    def form_valid(self, form):
        if default_catalogue() is None:
            form.add_error(
                None, _("Create the training catalogue page first: programmes are imported under it.")
            )
            return self.form_invalid(form)
        upload = form.cleaned_data["file"]
        with transaction.atomic():
            log = LheoImport.objects.create(source=upload.name, user=self.request.user, payload=upload.read())
            transaction.on_commit(lambda: async_task("catalogue.tasks.import_lheo_task", log.pk))
        messages.success(
            self.request, _("The file is being imported. This page shows the report when it is done.")
        )
        return redirect("catalogue_lheo_import", pk=log.pk)


class LheoImportDetailView(_CatalogueAdminMixin, WagtailAdminTemplateMixin, DetailView):
    model = LheoImport
    template_name = "catalogue/admin/lheo_import.html"
    context_object_name = "run"
    header_icon = "download"
    queryset = LheoImport.objects.select_related("user").defer("payload")

    def get_page_title(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse_lazy("catalogue_lheo_imports"), "label": _("LHEO imports")},
            {"url": "", "label": self.get_page_title()},
        ]


def catalogue_csv_view(request):
    """Every published programme, one row each, for editors' spreadsheets."""
    if not request.user.has_perm("catalogue.add_lheoimport"):
        raise PermissionDenied
    catalogue = default_catalogue()
    rows = (
        catalogue_rows(catalogue, timezone.localdate(), request.build_absolute_uri("/")[:-1])
        if catalogue
        else []
    )
    return csv_response(rows, f"catalogue-{timezone.localdate():%Y-%m-%d}.csv")


class CatalogueQualityView(_CatalogueAdminMixin, WagtailAdminTemplateMixin, TemplateView):
    """What the published programmes and their providers lack, with a link to fix each one."""

    template_name = "catalogue/admin/quality.html"
    page_title = _("Catalogue data quality")
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            programme_count=quality.programmes().count(),
            provider_count=TrainingProvider.objects.count(),
            programme_gaps=quality.programme_gaps(),
            provider_gaps=quality.provider_gaps(),
            **kwargs,
        )


def admin_urls():
    return [
        path("catalogue/imports/", LheoImportView.as_view(), name="catalogue_lheo_imports"),
        path("catalogue/imports/<int:pk>/", LheoImportDetailView.as_view(), name="catalogue_lheo_import"),
        path("catalogue/export.csv", catalogue_csv_view, name="catalogue_csv_export"),
        path("catalogue/qualite/", CatalogueQualityView.as_view(), name="catalogue_quality"),
    ]
