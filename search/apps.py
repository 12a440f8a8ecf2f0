"""Faceted search across the portal (see docs/search.md)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Apps register their types, facets and builders with `search.registry` in their own ready()."""

    name = "search"
    label = "portail_search"
    verbose_name = _("Search")

    def ready(self):
        from portail.api import register as register_api
        from search.api import router as api_router

        register_api("/search/", api_router)  # its endpoints in /api/v1/
        from search import checks, indexing  # noqa: F401 (checks: registers the system checks)

        indexing.connect_signals()

        from search.engines import bitmaps
        from search.signals import index_written

        index_written.connect(
            bitmaps.refresh_later, sender=indexing.index_groups, dispatch_uid="search.bitmaps.indexed"
        )

        from portail import page_cache
        from search.models import SynonymGroup

        page_cache.purge_when_changed(SynonymGroup)  # search results and their pages
