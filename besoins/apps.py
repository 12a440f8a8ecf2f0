from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BesoinsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "besoins"
    verbose_name = _("Buyers' needs")
