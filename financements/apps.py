from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FinancementsConfig(AppConfig):
    name = "financements"
    verbose_name = _("Funding guide")

    def ready(self):
        from financements.api import router as api_router
        from portail.api import register as register_api

        register_api("/financements/", api_router)  # its endpoints in /api/v1/
        from financements.search import register_search

        register_search()
        from financements.observatory import register_figures

        register_figures()  # its figures in the observatory

        from financements.models import Funder
        from portail import page_cache

        page_cache.purge_when_changed(Funder)
