from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuichetConfig(AppConfig):
    name = "guichet"
    verbose_name = _("Guichet unique")

    def ready(self):
        from guichet.search_documents import register_search

        register_search()
