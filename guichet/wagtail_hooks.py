from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from guichet.admin_views import DashboardView, RoutingTestView
from guichet.models import Partner, RoutingRule
from guichet.selectors import overdue_requests
from portail.admin_columns import yes_no
from portail.admin_menu import GUICHET_MENU, PermissionMenuItem
from portail.dashboard import ROWS, ListPanel, Row


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "kind", "contact_email"]
    list_filter = ["kind"]


class RoutingRuleViewSet(SnippetViewSet):
    model = RoutingRule
    icon = "resubmit"
    menu_label = _("Routing rules")
    list_display = ["position", "name", yes_no(RoutingRule, "active"), Column("target", label=_("Send to"))]
    ordering = ["position", "pk"]


class GuichetViewSetGroup(SnippetViewSetGroup):
    items = (PartnerViewSet, RoutingRuleViewSet)
    menu_icon = "mail"
    menu_label = _("Guichet")
    menu_order = 330
    submenu_hook = GUICHET_MENU


register_snippet(GuichetViewSetGroup)


@hooks.register("register_admin_urls")
def register_guichet_admin_urls():
    return [
        path("guichet/tester/", RoutingTestView.as_view(), name="guichet_routing_test"),
        path("guichet/tableau-de-bord/", DashboardView.as_view(), name="guichet_dashboard"),
    ]


@hooks.register(GUICHET_MENU)
def register_dashboard_menu_item():
    return PermissionMenuItem(
        pgettext_lazy("admin menu", "Statistics"),
        reverse("guichet_dashboard"),
        icon_name="table",
        order=331,
        permission="guichet.view_accompanimentrequest",
    )


@hooks.register(GUICHET_MENU)
def register_routing_test_menu_item():
    return PermissionMenuItem(
        pgettext_lazy("admin menu", "Test the routing"),
        reverse("guichet_routing_test"),
        icon_name="resubmit",
        order=332,
        permission="guichet.view_routingrule",
    )


@hooks.register("construct_homepage_panels")
def add_overdue_requests_panel(request, panels):
    if not request.user.has_perm("guichet.view_accompanimentrequest"):
        return
    overdue = overdue_requests(timezone.localdate())
    rows = [
        Row(
            f"{item} — {item.company_name}",
            _("%(partner)s, contact promised by %(date)s")
            % {"partner": item.partner or _("no partner"), "date": date_format(item.contact_by)},
            reverse("guichet_dashboard"),
        )
        for item in overdue[:ROWS]
    ]
    panels.append(
        ListPanel(
            key="guichet-overdue",
            heading=_("Guichet requests overdue"),
            rows=rows,
            total=overdue.count() if rows else 0,
            empty=_("No request is waiting beyond the promised 3 working days."),
            more_url=reverse("guichet_dashboard"),
            order=225,
        )
    )
