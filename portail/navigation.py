"""Menu and footer links, computed once per site, language and settings version, kept in the cache.

Every page shows them; computing them costs a dozen queries. They change only when an editor
publishes, unpublishes, moves or deletes a page, or edits the site settings: each of those
replaces the version in the keys (`purge`), so stale links are never read again.
"""

import uuid

from django.core.cache import cache

from wagtail.models import Site

from portail.models import NavigationSettings
from portail.selectors import active_locale, localized_pages

VERSION_KEY = "navigation:version"
TIMEOUT = 24 * 60 * 60


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def links(request, relation: str) -> list[dict]:
    """The pages of the menu ("menu_items") or the footer ("footer_links") in the visitor's language:
    url, label (the menu title if any), pk, and fallback_language when shown untranslated."""
    # First the settings (the footer reads them anyway): on a new site this creates them, which
    # purges, and the key must carry the version that follows.
    navigation = NavigationSettings.for_request(request)
    site = Site.find_for_request(request)
    locale = active_locale(request)
    key = f"navigation:{_version()}:{site.pk if site else 0}:{locale.pk}:{relation}"
    found = cache.get(key)
    if found is None:
        pages = localized_pages(
            [link.page for link in getattr(navigation, relation).select_related("page")], locale
        )
        found = [
            {
                "pk": page.pk,
                "url": page.get_url(request),
                "label": getattr(page, "menu_title", "") or page.title,
                "title": page.title,
                "fallback_language": getattr(page, "fallback_language", ""),
            }
            for page in pages
        ]
        cache.set(key, found, timeout=TIMEOUT)
    return found


def purge(**kwargs) -> None:
    """Signal receiver: a new version, so that every cached menu and footer is computed again."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
