from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LabelConfig(AppConfig):
    name = "label"
    verbose_name = _("Label « produit local numérique »")

    def ready(self):
        from label.api import router as api_router
        from portail.api import register as register_api

        register_api("/label/", api_router)  # its endpoints in /api/v1/
        from label.search import register_search

        register_search()
        from label.observatory import register_figures

        register_figures()  # its figures in the observatory

        from label.models import LabelApplication, LabelCriterion, LabelEvent, Provider, Solution
        from portail import page_cache

        page_cache.purge_when_changed(
            LabelCriterion, Provider, Solution, LabelApplication, LabelEvent
        )  # the registry shows awards and revocations
