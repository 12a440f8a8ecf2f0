from django.urls import path, reverse
from django.utils.translation import pgettext_lazy

from wagtail import hooks

from portail import languages, translation_editor
from portail.admin_menu import DATA_MENU, ContentMenu, DataMenu, PermissionMenuItem
from portail.outbox.admin_views import OutboxView, ResendView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("courriels/", OutboxView.as_view(), name="portail_outbox"),
        path("courriels/<int:pk>/renvoyer/", ResendView.as_view(), name="portail_outbox_resend"),
        path(
            "traductions/<int:translation_id>/soumettre/",
            translation_editor.submit_translation,
            name="portail_submit_translation",
        ),
        path(
            "traductions/textes.js",
            translation_editor.editor_strings,
            name="portail_translation_editor_strings",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_content_menu():
    return ContentMenu().get_menu_item()


@hooks.register("register_admin_menu_item")
def register_data_menu():
    return DataMenu().get_menu_item()


@hooks.register(DATA_MENU)
def register_outbox_menu_item():
    return PermissionMenuItem(
        pgettext_lazy("admin menu", "E-mails sent"),
        reverse("portail_outbox"),
        icon_name="mail",
        order=900,
        permission="portail.view_outboundemail",
    )


hooks.register("before_serve_page", languages.before_serve_page)
