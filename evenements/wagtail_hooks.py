from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from evenements.admin_views import PERMISSION, admin_urls
from portail.admin_menu import PermissionMenuItem


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return admin_urls()


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return PermissionMenuItem(
        _("Event registrations"),
        reverse("portail_event_registrations"),
        icon_name="date",
        order=341,
        permission=PERMISSION,
    )
