from django.urls import reverse
from django.utils.translation import pgettext_lazy

from wagtail import hooks

from evenements.admin_views import PERMISSION, admin_urls
from portail.admin_menu import DATA_MENU, PermissionMenuItem


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return admin_urls()


@hooks.register(DATA_MENU)
def register_registrations_menu_item():
    return PermissionMenuItem(
        pgettext_lazy("admin menu", "Registrations"),
        reverse("portail_event_registrations"),
        icon_name="date",
        order=341,
        permission=PERMISSION,
    )
