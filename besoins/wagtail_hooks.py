from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from besoins.admin_views import ModerationQueueView, ModerationView
from besoins.services import MODERATE_PERMISSION


@hooks.register("register_admin_urls")
def register_besoins_admin_urls():
    return [
        path("besoins/", ModerationQueueView.as_view(), name="besoins_moderation_queue"),
        path("besoins/<int:pk>/", ModerationView.as_view(), name="besoins_moderation_detail"),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MODERATE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_besoins_menu_item():
    return ModeratorMenuItem(
        _("Buyer needs"), reverse("besoins_moderation_queue"), icon_name="doc-full", order=345
    )
