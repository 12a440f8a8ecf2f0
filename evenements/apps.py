from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvenementsConfig(AppConfig):
    name = "evenements"
    verbose_name = _("Events and workshops")

    def ready(self):
        from evenements.api import router as api_router
        from portail.api import register as register_api

        register_api("/evenements/", api_router)  # its endpoints in /api/v1/
        from evenements.search import register_search

        register_search()
        from evenements.observatory import register_figures

        register_figures()  # its figures in the observatory

        from evenements.models import Registration
        from portail import page_cache

        page_cache.purge_when_changed(Registration)  # seats left
