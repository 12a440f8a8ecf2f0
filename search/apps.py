"""Faceted search across the portal (see docs/search.md)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "portail_search"
    verbose_name = _("Search")

    def ready(self):
        from search import indexing, registry

        registry.autodiscover()
        indexing.connect_signals()
