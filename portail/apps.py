from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortailConfig(AppConfig):
    name = "portail"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from portail.locales import remember_locales_per_request
        from portail.middleware import watch_admin_sign_in
        from portail.search import register_search
        from portail.site_cache import keep_view_restrictions

        register_search()
        remember_locales_per_request()
        keep_view_restrictions()
        connect_cache_purges()
        user_logged_in.connect(watch_admin_sign_in, dispatch_uid="portail.watch_admin_sign_in")


def connect_cache_purges():
    """The cached menu and footer (portail/navigation.py), the pages' content parts
    (portail/templatetags/content_cache.py) and the whole pages kept for anonymous visitors
    (portail/page_cache.py) are computed again after any change they show."""
    from django.db.models.signals import post_delete

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from portail import content_version, page_cache
    from portail.models import EPCI, Commune, FooterLink, MenuItem, NavigationSettings
    from search.signals import index_written

    for receiver in (content_version.purge, page_cache.purge):
        for name, signal in [
            ("published", page_published),
            ("unpublished", page_unpublished),
            ("moved", post_page_move),
        ]:
            signal.connect(receiver, dispatch_uid=f"{receiver.__module__}.{name}")
        # A deleted page: Django sends post_delete for its Page row too, whatever its type.
        post_delete.connect(receiver, sender=Page, dispatch_uid=f"{receiver.__module__}.page-deleted")
    # The site's cache (portail/site_cache.py) keeps the restricted pages: a new restriction is seen
    # at once, and so is one a new alias copies from its source (Wagtail's create_alias).
    navigation_models = (Site, Locale, NavigationSettings, MenuItem, FooterLink, PageViewRestriction)
    # A page's content shows images and links documents (portail/templatetags/content_cache.py).
    media_models = (get_image_model(), get_document_model())
    page_cache.purge_when_changed(*navigation_models, *media_models, receiver=content_version.purge)
    page_cache.purge_when_changed(*navigation_models, *media_models, EPCI, Commune)
    index_written.connect(page_cache.purge, dispatch_uid="portail.page_cache.indexed")  # listings read it
