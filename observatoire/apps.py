from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ObservatoireConfig(AppConfig):
    name = "observatoire"
    verbose_name = _("Observatory of the digital territory")

    def ready(self):
        from observatoire.api import router as api_router
        from portail.api import register as register_api

        register_api("/observatoire/", api_router)  # its endpoints in /api/v1/
        from observatoire.models import Snapshot
        from portail import page_cache

        page_cache.purge_when_changed(Snapshot)  # a commentary edited, a quarter frozen
