from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FinancementsConfig(AppConfig):
    name = "financements"
    verbose_name = _("Funding guide")

    def ready(self):
        from financements.search import register_search

        register_search()

        from financements.models import Funder
        from portail import page_cache

        page_cache.purge_when_changed(Funder)
