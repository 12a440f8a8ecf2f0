from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from evenements.admin_views import PERMISSION, admin_urls


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
