"""The visitor's address behind trusted proxies, and a fixed-window rate limit on the cache (Redis in
production) keyed on it: public forms, per visitor."""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache


def _parse(text: str):
    """An IPv4 or IPv6 address (IPv4-mapped IPv6 as IPv4), or None when `text` is not one."""
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def _is_proxy(address, hops: int) -> bool:
    """Whether the `hops`-th peer from us (0: REMOTE_ADDR) is a proxy we trust to tell X-Forwarded-For.

    TRUSTED_PROXY_COUNT bounds how many there are, TRUSTED_PROXY_NETWORKS where they may be;
    with neither set, no proxy is trusted."""
    count, networks = settings.TRUSTED_PROXY_COUNT, settings.TRUSTED_PROXY_NETWORKS
    if not count and not networks:
        return False
    if count and hops >= count:
        return False
    return not networks or (address is not None and any(address in network for network in networks))


def client_ip(request) -> str:
    """The visitor's address: REMOTE_ADDR, or behind trusted proxies the address the outermost one saw.

    X-Forwarded-For is read from the right, one entry per trusted proxy; an entry that is not an
    address stops the walk at the last valid hop. Without a trusted proxy the header is ignored."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    address = _parse(remote_addr)
    found = remote_addr if address is None else str(address)  # e.g. "" on a unix socket
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hops, entry in enumerate(reversed(forwarded)):
        if not _is_proxy(address, hops):
            break
        address = _parse(entry)
        if address is None:
            break
        found = str(address)
    return found


def client_key(request) -> str:
    """The visitor's bucket, hashed (no personal data in the cache): its address, or its /64 for IPv6
    (one connection holds a whole /64 and could otherwise rotate through it)."""
    ip = client_ip(request)
    address = _parse(ip)
    if address is not None and address.version == 6:
        ip = str(ipaddress.ip_network((address, 64), strict=False))
    return hashlib.sha256(ip.encode()).hexdigest()[:32]


def count(key: str, *, timeout: int) -> int:
    """Add one to the counter `key` (created with this timeout, which incr leaves alone); its new value."""
    if cache.add(key, 1, timeout=timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=timeout)
        return 1


def hit(scope: str, request, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt; True when the visitor has gone over `limit` in the current window."""
    return count(f"ratelimit:{scope}:{client_key(request)}", timeout=window_seconds) > limit
