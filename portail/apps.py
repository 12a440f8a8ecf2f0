from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortailConfig(AppConfig):
    name = "portail"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from portail.middleware import watch_admin_sign_in
        from portail.search import register_search

        register_search()
        user_logged_in.connect(watch_admin_sign_in, dispatch_uid="portail.watch_admin_sign_in")
