"""The version in the keys of everything kept about the site's pages — the layout's links
(portail/navigation.py), the site's entry (portail/site_cache.py), the routes to child pages
(portail/page_routes.py). Publishing, unpublishing, moving or deleting a page, or editing a site, its
settings, its menus or a view restriction replaces it (`purge`, connected in portail/apps.py): what
was kept under the previous version is never read again and expires.

No model is imported here: page models use it.
"""

import uuid

from django.core.cache import cache

VERSION_KEY = "navigation:version"
TIMEOUT = 24 * 60 * 60


def version(request, *, fresh: bool = False) -> str:
    """The current version, read once per request (`fresh` reads it again, after a purge)."""
    current = None if fresh else getattr(request, "_navigation_version", None)
    if current is None:
        current = cache.get(VERSION_KEY)
        if current is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
            current = cache.get(VERSION_KEY)
        request._navigation_version = current
    return current


def key(version_: str, *parts) -> str:
    """A cache key under this version."""
    return ":".join(["navigation", version_, *map(str, parts)])


def purge(**kwargs) -> None:
    """Signal receiver: a new version."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
