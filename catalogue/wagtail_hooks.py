from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from catalogue.admin_views import admin_urls
from catalogue.models import TrainingProvider
from portail.admin_columns import yes_no
from portail.admin_menu import CONTENT_MENU, DATA_MENU


class TrainingProviderViewSet(SnippetViewSet):
    model = TrainingProvider
    icon = "group"
    menu_label = pgettext_lazy("admin menu", "Training providers")
    menu_order = 310
    menu_hook = CONTENT_MENU
    list_display = ["name", "siret", yes_no(TrainingProvider, "qualiopi"), "place_label"]
    list_filter = ["qualiopi", "region"]
    search_fields = ["name", "siret"]


register_snippet(TrainingProviderViewSet)


@hooks.register("register_admin_urls")
def register_catalogue_admin_urls():
    return admin_urls()


class CatalogueMenuItem(MenuItem):
    """Shown to the people who manage the catalogue (imports, exports, data quality)."""

    def is_shown(self, request):
        return request.user.has_perm("catalogue.add_lheoimport")


@hooks.register(DATA_MENU)
def register_imports_menu_item():
    return CatalogueMenuItem(
        _("LHEO imports"), reverse("catalogue_lheo_imports"), icon_name="download", order=320
    )


@hooks.register(DATA_MENU)
def register_quality_menu_item():
    return CatalogueMenuItem(
        _("Catalogue data quality"), reverse("catalogue_quality"), icon_name="warning", order=330
    )
