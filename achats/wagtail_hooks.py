from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from achats.models import BarometerResponse, CallForTenders
from portail.admin_menu import CONTENT_MENU


class CallForTendersViewSet(SnippetViewSet):
    model = CallForTenders
    icon = "doc-full"
    menu_label = _("Calls for tenders")
    menu_order = 310
    menu_hook = CONTENT_MENU
    list_display = ["title", "buyer", "kind", "deadline", "published"]
    list_filter = ["kind", "published"]
    search_fields = ["title", "buyer"]


class BarometerResponseViewSet(SnippetViewSet):
    """Read in the admin; the public results are aggregated with small counts hidden."""

    model = BarometerResponse
    icon = "list-ul"
    menu_label = _("Barometer")
    menu_order = 320
    menu_hook = CONTENT_MENU
    list_display = ["year", "buyer_kind", "local_share", "satisfaction"]
    list_filter = ["year", "buyer_kind"]
    inspect_view_enabled = True


register_snippet(CallForTendersViewSet)
register_snippet(BarometerResponseViewSet)
