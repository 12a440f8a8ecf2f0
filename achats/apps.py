from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AchatsConfig(AppConfig):
    name = "achats"
    verbose_name = _("Local digital purchasing")

    def ready(self):
        from achats import signals  # noqa: F401 (the buyers' guide follows the label directory)
        from achats.api import router as api_router
        from achats.models import CallForTenders
        from achats.observatory import register_figures
        from portail import page_cache
        from portail.api import register as register_api

        register_api("/achats/", api_router)
        page_cache.purge_when_changed(CallForTenders)
        register_figures()  # the barometer in the observatory
