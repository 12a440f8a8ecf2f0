from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def watch_partner_sign_in(sender, request, user, **kwargs):
    """Partner members see companies' personal data: the staff idle timeout starts at sign-in."""
    from guichet.permissions import partners_of
    from portail.middleware import watch_idle_session

    if partners_of(user):
        watch_idle_session(request)


class GuichetConfig(AppConfig):
    name = "guichet"
    verbose_name = _("Guichet unique")

    def ready(self):
        from guichet.api import router as api_router
        from portail.api import register as register_api

        register_api("/guichet/", api_router)  # its endpoints in /api/v1/
        from guichet.observatory import register_figures

        register_figures()  # its figures in the observatory
        from django.contrib.auth.signals import user_logged_in

        user_logged_in.connect(watch_partner_sign_in, dispatch_uid="guichet.watch_partner_sign_in")
