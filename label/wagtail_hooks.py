from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from label.admin_views import EvidenceView, QueueView, ReviewView
from label.models import CharterSignatory, LabelCriterion, Provider
from label.selectors import applications_to_review
from label.services import REVIEW_PERMISSION
from portail.admin_columns import yes_no
from portail.admin_menu import LABEL_MENU, PermissionMenuItem
from portail.dashboard import ROWS, ListPanel, Row


@hooks.register("register_admin_urls")
def register_label_admin_urls():
    return [
        path("label/", QueueView.as_view(), name="label_review_queue"),
        path("label/<int:pk>/", ReviewView.as_view(), name="label_review_detail"),
        path("label/pieces/<int:pk>/", EvidenceView.as_view(), name="label_review_evidence"),
    ]


class LabelCriterionViewSet(SnippetViewSet):
    model = LabelCriterion
    icon = "list-ul"
    menu_label = _("Label criteria")
    list_display = ["position", "text", yes_no(LabelCriterion, "active")]
    ordering = ["position", "pk"]


class CharterSignatoryViewSet(SnippetViewSet):
    model = CharterSignatory
    icon = "user"
    menu_label = pgettext_lazy("admin menu", "Signatories")
    list_display = ["name", "kind", "role", "signed_on"]
    list_filter = ["kind"]


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "site"
    menu_label = pgettext_lazy("admin menu", "Providers")
    list_display = ["name", "siret", "commune", "label_code"]
    search_fields = ["name", "siret"]
    inspect_view_enabled = True


class LabelViewSetGroup(SnippetViewSetGroup):
    items = (LabelCriterionViewSet, CharterSignatoryViewSet, ProviderViewSet)
    menu_icon = "tick-inverse"
    menu_label = _("Label")
    menu_order = 340
    submenu_hook = LABEL_MENU


register_snippet(LabelViewSetGroup)


@hooks.register(LABEL_MENU)
def register_label_queue_menu_item():
    return PermissionMenuItem(
        pgettext_lazy("admin menu", "Applications"),
        reverse("label_review_queue"),
        icon_name="tick-inverse",
        order=341,
        permission=REVIEW_PERMISSION,
    )


@hooks.register("construct_homepage_panels")
def add_applications_to_review_panel(request, panels):
    if not request.user.has_perm(REVIEW_PERMISSION):
        return
    waiting = applications_to_review()
    rows = [
        Row(
            str(application.provider),
            application.get_status_display(),
            reverse("label_review_detail", args=[application.pk]),
        )
        for application in waiting[:ROWS]
    ]
    panels.append(
        ListPanel(
            key="label-applications",
            heading=_("Label applications waiting for review"),
            rows=rows,
            total=waiting.count() if rows else 0,
            empty=_("No label application is waiting for review."),
            more_url=reverse("label_review_queue"),
            order=230,
        )
    )
