from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from guichet.admin_views import DashboardView, RoutingTestView
from guichet.label.admin_views import EvidenceView, QueueView, ReviewView
from guichet.models import CharterSignatory, LabelCriterion, Partner, Provider, RoutingRule


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
    list_display = ["position", "name", "active", "partner"]
    ordering = ["position", "pk"]


class GuichetViewSetGroup(SnippetViewSetGroup):
    items = (PartnerViewSet, RoutingRuleViewSet)
    menu_icon = "mail"
    menu_label = _("Guichet")
    menu_order = 330


register_snippet(GuichetViewSetGroup)


@hooks.register("register_admin_urls")
def register_guichet_admin_urls():
    return [
        path("guichet/tester/", RoutingTestView.as_view(), name="guichet_routing_test"),
        path("guichet/tableau-de-bord/", DashboardView.as_view(), name="guichet_dashboard"),
        path("label/", QueueView.as_view(), name="label_review_queue"),
        path("label/<int:pk>/", ReviewView.as_view(), name="label_review_detail"),
        path("label/pieces/<int:pk>/", EvidenceView.as_view(), name="label_review_evidence"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return PermissionMenuItem(
        _("Guichet dashboard"),
        reverse("guichet_dashboard"),
        icon_name="table",
        order=331,
        permission="guichet.view_accompanimentrequest",
    )


@hooks.register("register_admin_menu_item")
def register_routing_test_menu_item():
    return PermissionMenuItem(
        _("Test a routing case"),
        reverse("guichet_routing_test"),
        icon_name="resubmit",
        order=332,
        permission="guichet.view_routingrule",
    )


class LabelCriterionViewSet(SnippetViewSet):
    model = LabelCriterion
    icon = "list-ul"
    menu_label = _("Label criteria")
    list_display = ["position", "text", "active"]
    ordering = ["position", "pk"]


class CharterSignatoryViewSet(SnippetViewSet):
    model = CharterSignatory
    icon = "user"
    menu_label = _("Charter signatories")
    list_display = ["name", "kind", "role", "signed_on"]
    list_filter = ["kind"]


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "site"
    menu_label = _("Digital providers")
    list_display = ["name", "siret", "commune", "label_code"]
    search_fields = ["name", "siret"]
    inspect_view_enabled = True


class LabelViewSetGroup(SnippetViewSetGroup):
    items = (LabelCriterionViewSet, CharterSignatoryViewSet, ProviderViewSet)
    menu_icon = "tick-inverse"
    menu_label = _("Label")
    menu_order = 340


register_snippet(LabelViewSetGroup)


@hooks.register("register_admin_menu_item")
def register_label_queue_menu_item():
    return PermissionMenuItem(
        _("Label applications"),
        reverse("label_review_queue"),
        icon_name="tick-inverse",
        order=341,
        permission="guichet.review_labelapplication",
    )
