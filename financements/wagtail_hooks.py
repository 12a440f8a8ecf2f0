from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from financements.models import Funder
from financements.selectors import schemes_closing_soon
from portail.admin_menu import CONTENT_MENU
from portail.dashboard import ROWS, ListPanel, Row


class FunderViewSet(SnippetViewSet):
    model = Funder
    icon = "group"
    menu_label = _("Funders")
    menu_order = 300
    menu_hook = CONTENT_MENU
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]


register_snippet(FunderViewSet)


@hooks.register("construct_homepage_panels")
def add_closing_schemes_panel(request, panels):
    if not PagePermissionPolicy().user_has_any_permission(request.user, {"change", "publish"}):
        return
    closing = schemes_closing_soon(timezone.localdate())
    rows = [
        Row(
            scheme.title,
            _("closes on %(date)s") % {"date": date_format(scheme.closes_on)},
            reverse("wagtailadmin_pages:edit", args=[scheme.pk]),
        )
        for scheme in closing[:ROWS]
    ]
    panels.append(
        ListPanel(
            key="schemes-closing",
            heading=_("Schemes closing within 30 days"),
            rows=rows,
            total=closing.count() if rows else 0,
            empty=_("No scheme closes within 30 days."),
            more_url=reverse("wagtailadmin_explore_root"),
            order=240,
        )
    )
