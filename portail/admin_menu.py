"""The admin's sidebar: Wagtail's Pages, Images and Documents, then four groups — Contenu, Guichet,
Label, Données — that apps fill through the hooks below; items shown only to people with a permission.
Labels stay short enough for the sidebar in French (tests/portail/test_admin_menu.py)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem, WagtailMenuRegisterableGroup

CONTENT_MENU = "register_content_menu_item"  # funders, training providers, place corrections
GUICHET_MENU = "register_guichet_menu_item"
LABEL_MENU = "register_label_menu_item"
DATA_MENU = "register_data_menu_item"  # imports, registrations, e-mails


class ContentMenu(WagtailMenuRegisterableGroup):
    menu_label = _("Content")
    menu_icon = "folder-open-inverse"
    menu_order = 290
    submenu_hook = CONTENT_MENU


class DataMenu(WagtailMenuRegisterableGroup):
    menu_label = _("Data")
    menu_icon = "table"
    menu_order = 360
    submenu_hook = DATA_MENU


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
