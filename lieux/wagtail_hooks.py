from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lieux.models import PlaceCorrection
from portail.admin_menu import CONTENT_MENU


class PlaceCorrectionViewSet(SnippetViewSet):
    """Visitors' suggestions, newest first; an editor applies them on the place's page, then marks them."""

    model = PlaceCorrection
    icon = "edit"
    menu_label = _("Place corrections")
    menu_order = 340
    menu_hook = CONTENT_MENU
    list_display = ["place", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["message"]


register_snippet(PlaceCorrectionViewSet)
