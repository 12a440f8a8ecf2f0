"""The request's site, its home page in the visitor's language, the menu, the footer, the locales and
the pages under a view restriction, in one cache read instead of four to six queries and three cache reads on
every page (issue 20, cold pages).

Wagtail asks the database for the site of each request, then for the home page in the active
language and its specific type, then for the view restrictions of the page and its ancestors. All of
them change only when an editor edits a site, publishes, moves or deletes a page, makes an alias or
changes a restriction: each of those replaces the version (portail/content_version.py), so
an entry is never read after such a change.

- `site_middleware`, on every request under a language prefix (pages and views with the layout;
  not /healthz, the API or the admin), hands the kept site to Wagtail (`request._wagtail_site`, which
  `Site.find_for_request` reads first); its root page is already specific and carries the home page
  of the active language, which `HomePage.localized` returns (portail/models/pages.py).
- The view restrictions are kept only for public pages (a GET under a language prefix: the admin
  changes them) and while the cache is shared by every process (Redis up): a process's own memory
  could miss another's purge and show a page that was just restricted. A page with no restricted
  page and no alias above it (or itself) has no restriction; otherwise Wagtail's own lookup
  answers. An alias made later matters only once its source is restricted, and that restriction
  (or the copy Wagtail makes for a new alias) purges.
"""

import contextvars

from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils.translation import get_language

from wagtail.models import Locale, Page, PageViewRestriction, Site

from portail import content_version, locales, navigation
from portail.cache import shared_cache_up
from portail.models import NavigationSettings
from portail.page_cache import LANGUAGE_PREFIXES

_restricted: contextvars.ContextVar[tuple | None] = contextvars.ContextVar("portail_restricted", default=None)
_wagtail_view_restrictions = Page.get_view_restrictions
# In the key: a release that changes what an entry holds never reads the previous release's entries.
ENTRY_FORMAT = 4


def _key(request, version: str) -> str:
    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
    return content_version.key(version, f"site{ENTRY_FORMAT}", hostname, port, get_language())


def _entry(request) -> tuple[str, dict]:
    """The version read before the reads (a change after them purges), and the site, its root page
    (specific, with the active language's home), the layout's links, the locales and the paths of
    restricted pages and of aliases."""
    site = Site._find_for_request(request)
    settings = NavigationSettings.for_site(site) if site is not None else None  # a new site's purges
    version = content_version.version(request, fresh=True)
    layout = {}
    if site is not None:
        root = site.root_page.specific
        root.kept_localized = root.localized
        site.root_page = root
        request._wagtail_site = site  # the layout's links ask for it
        layout = navigation.site_layout(request, settings)
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
    entry = {
        "site": site,
        "layout": layout,
        "locales": {locale.language_code: locale for locale in Locale.objects.all()},
        "guarded": (*restricted, *aliases),  # below these paths, Wagtail looks restrictions up
    }
    return version, entry


def site_middleware(get_response):
    def middleware(request):
        if not request.path_info.startswith(LANGUAGE_PREFIXES):  # no page, no layout: /healthz, the API…
            return get_response(request)
        entry = cache.get(_key(request, content_version.version(request)))
        if entry is None:
            version, entry = _entry(request)
            cache.set(_key(request, version), entry, timeout=content_version.TIMEOUT)
        locales.remember(entry["locales"])
        request._wagtail_site = entry["site"]
        request.navigation_layout = entry["layout"]
        if not (request.method in ("GET", "HEAD") and shared_cache_up()):
            return get_response(request)
        token = _restricted.set(entry["guarded"])
        try:
            return get_response(request)
        finally:
            _restricted.reset(token)

    return middleware


def _view_restrictions(page):
    """Wagtail's lookup (two queries) only when a restricted page or an alias is above the page,
    or is the page itself."""
    paths = _restricted.get()
    if paths is None or page.alias_of_id or any(page.path.startswith(path) for path in paths):
        return _wagtail_view_restrictions(page)
    return PageViewRestriction.objects.none()


def keep_view_restrictions() -> None:
    Page.get_view_restrictions = _view_restrictions
