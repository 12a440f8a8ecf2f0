from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portail.events.admin_views import PERMISSION, admin_urls
from portail.models import PlaceCorrection


class PlaceCorrectionViewSet(SnippetViewSet):
    """Visitors' suggestions, newest first; an editor applies them on the place's page, then marks them."""

    model = PlaceCorrection
    icon = "edit"
    menu_label = _("Place corrections")
    menu_order = 340
    add_to_admin_menu = True
    list_display = ["place", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["message"]


register_snippet(PlaceCorrectionViewSet)


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return admin_urls()


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        _("Event registrations"), reverse("portail_event_registrations"), icon_name="date", order=341
    )
