from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Training catalogue")

    def ready(self):
        from catalogue.api import router as api_router
        from portail.api import register as register_api

        register_api("/catalogue/", api_router)  # its endpoints in /api/v1/
        from django.db.models.signals import post_delete, post_save

        from catalogue.indexing import on_programme_deleted, on_programme_saved
        from catalogue.models import TrainingPage
        from catalogue.search import register_search

        register_search()
        from catalogue.observatory import register_figures

        register_figures()  # its figures in the observatory

        post_save.connect(on_programme_saved, sender=TrainingPage)
        post_delete.connect(on_programme_deleted, sender=TrainingPage)

        from catalogue.models import TrainingFunding, TrainingProvider, TrainingSession
        from portail import page_cache

        page_cache.purge_when_changed(TrainingSession, TrainingFunding, TrainingProvider)
