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
        connect_navigation_purge()
        connect_page_cache_purge()
        user_logged_in.connect(watch_admin_sign_in, dispatch_uid="portail.watch_admin_sign_in")


def connect_navigation_purge():
    """The cached menu and footer (portail/navigation.py) are recomputed after any change they show."""
    from django.db.models.signals import post_delete, post_save

    from wagtail.models import Page, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from portail import navigation
    from portail.models import FooterLink, MenuItem, NavigationSettings

    for name, signal in [
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ]:
        signal.connect(navigation.purge, dispatch_uid=f"portail.navigation.{name}")
    for model in (Site, NavigationSettings, MenuItem, FooterLink):
        for name, signal in [("saved", post_save), ("deleted", post_delete)]:
            uid = f"portail.navigation.{model.__name__}.{name}"
            signal.connect(navigation.purge, sender=model, dispatch_uid=uid)
    # A deleted page: Django sends post_delete for its Page row too, whatever its type.
    post_delete.connect(navigation.purge, sender=Page, dispatch_uid="portail.navigation.page-deleted")


def connect_page_cache_purge():
    from portail import page_cache
    from portail.models import EPCI, Commune, FooterLink, MenuItem, NavigationSettings

    page_cache.connect_purges()
    page_cache.purge_when_changed(NavigationSettings, MenuItem, FooterLink, EPCI, Commune)
