"""CTM screens in the Wagtail admin: test a routing case, and the guichet dashboard."""

import csv

from django import forms
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from guichet.diagnosis.statistics import dashboard_table, level_counts
from guichet.enums import Need, Sector
from guichet.models import AccompanimentRequest, Diagnosis, RoutingRule
from guichet.routing import Case, _matching_reasons, explain, route
from guichet.selectors import open_data_follow_up_rows, open_data_rows, statistics
from portail.forms import CommuneField
from portail.open_csv import open_csv_response
from portail.spreadsheet import safe_row


class RoutingTestForm(forms.Form):
    commune = CommuneField(label=_("Commune"))
    sector = forms.ChoiceField(label=_("Sector"), choices=Sector.choices)
    headcount = forms.IntegerField(label=_("Staff"), min_value=0)
    needs = forms.MultipleChoiceField(
        label=_("Needs"), choices=Need.choices, required=False, widget=forms.CheckboxSelectMultiple
    )


class RoutingTestView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """An editor types a case and sees which rule wins, and why each other rule does not."""

    permission_required = "guichet.view_routingrule"
    raise_exception = True
    template_name = "guichet/admin/routing_test.html"
    page_title = _("Test a routing case")
    header_icon = "resubmit"
    form_class = RoutingTestForm

    def get_form_kwargs(self):
        return {"data": self.request.GET or None}

    def get(self, request, *args, **kwargs):
        form = self.get_form()
        context = {"form": form}
        if form.is_valid():
            case = Case(
                form.cleaned_data["commune"],
                form.cleaned_data["sector"],
                form.cleaned_data["headcount"],
                form.cleaned_data["needs"],
            )
            decision = route(case)
            context["decision"] = decision
            context["rules"] = [
                (rule, _matching_reasons(rule, case) is not None)
                for rule in RoutingRule.objects.prefetch_related("epcis", "communes").select_related(
                    "partner"
                )
            ]
            context["explanation"] = explain(decision.reasons)
        return self.render_to_response(self.get_context_data(**context))


class DashboardView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = "guichet.view_accompanimentrequest"
    raise_exception = True
    template_name = "guichet/admin/dashboard.html"
    page_title = _("Guichet dashboard")
    header_icon = "table"

    def get(self, request, *args, **kwargs):
        requests = AccompanimentRequest.objects.all()
        if request.GET.get("format") == "csv":
            return _statistics_csv(statistics(requests))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        figures = statistics(AccompanimentRequest.objects.all())
        charts = {
            name: _bars(figures[name])
            for name in ("by_status", "by_partner", "by_epci", "by_need", "by_month")
        }
        diagnoses = dashboard_table(Diagnosis.objects.all())
        return super().get_context_data(figures=figures, charts=charts, diagnoses=diagnoses, **kwargs)


def _bars(pairs) -> list[tuple[str, int, int]]:
    """(label, count, width in %) for a bar chart drawn in HTML/CSS: no script, no CDN."""
    largest = max((count for _label, count in pairs), default=0) or 1
    return [(label, count, round(100 * count / largest)) for label, count in pairs]


def _statistics_csv(figures) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="guichet-statistiques.csv"'
    writer = csv.writer(response, delimiter=";")
    writer.writerow(["indicateur", "valeur", "demandes"])
    for name in ("by_status", "by_partner", "by_epci", "by_need", "by_month"):
        for label, count in figures[name]:
            writer.writerow(safe_row([name, label, count]))
    for name, hours, count in figures["median_hours_to_take"]:
        writer.writerow(safe_row(["median_hours_to_take", name, f"{hours} h ({count})"]))
    for name, value in figures["follow_up"].items():
        writer.writerow(["follow_up", name, value])
    return response


def open_data_view(request):
    """Public, anonymised counts (counts under 5 hidden): GET /api/guichet/statistiques.json or .csv.
    The JSON adds the self-diagnoses' levels (`diagnostics`: per dimension and level)."""
    rows = open_data_rows(AccompanimentRequest.objects.all())
    if request.path.endswith(".csv"):
        columns = ["mois", "epci", "secteur", "statut", "demandes"]
        table = [columns] + [[row[column] for column in columns] for row in rows]
        return open_csv_response(table, "guichet-statistiques.csv")
    return JsonResponse(
        {
            "results": rows,
            "diagnostics": level_counts(Diagnosis.objects.all()),
            "suivi": open_data_follow_up_rows(AccompanimentRequest.objects.all()),
        }
    )
