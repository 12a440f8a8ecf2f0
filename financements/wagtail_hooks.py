from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from financements.models import Funder


class FunderViewSet(SnippetViewSet):
    model = Funder
    icon = "group"
    menu_label = _("Funders")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]


register_snippet(FunderViewSet)
