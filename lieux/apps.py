from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LieuxConfig(AppConfig):
    name = "lieux"
    verbose_name = _("Tiers-lieux and mediation places")

    def ready(self):
        from lieux.api import router as api_router
        from portail.api import register as register_api

        register_api("/lieux/", api_router)  # its endpoints in /api/v1/
        from lieux.search import register_search

        register_search()
        from lieux.observatory import register_figures

        register_figures()  # its figures in the observatory

        from lieux.models import PlacePhoto
        from portail import page_cache

        page_cache.purge_when_changed(PlacePhoto)
