from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from catalogue.models import TrainingProvider


class TrainingProviderViewSet(SnippetViewSet):
    model = TrainingProvider
    icon = "group"
    menu_label = _("Training providers")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "siret", "qualiopi", "place_label"]
    list_filter = ["qualiopi", "region"]
    search_fields = ["name", "siret"]


register_snippet(TrainingProviderViewSet)
