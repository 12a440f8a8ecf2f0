"""A fixed-window rate limit on the cache (Redis in production): public forms, per visitor."""

import hashlib

from django.core.cache import cache


def client_key(request) -> str:
    """The visitor's address, hashed (no personal data in the cache). Behind a proxy, configure it
    to set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips)."""
    return hashlib.sha256(request.META.get("REMOTE_ADDR", "").encode()).hexdigest()[:32]


def hit(scope: str, request, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt; True when the visitor has gone over `limit` in the current window."""
    key = f"ratelimit:{scope}:{client_key(request)}"
    if cache.add(key, 1, timeout=window_seconds):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return False
    return count > limit
