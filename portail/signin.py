"""Sign-in throttling without lock-out (ANSSI, 2021: growing delays between attempts, per source).

Two counters of wrong passwords live in the cache: one per client address, across accounts, and
one per (address, account). Past a few free failures, each new failure makes that source wait
twice as long before its next attempt (2 s, 4 s, 8 s… up to 15 minutes); an attempt made sooner is
refused without checking the password. Nothing counts per account alone, so failures from one
address never keep the owner from signing in from another. A right password clears the
(address, account) counter; the address's counter is only forgotten after a day without failure.
"""

import hashlib
import math
import time

from django.core.cache import cache
from django.utils.translation import ngettext

from portail import ratelimit

FREE_FAILURES = {"address": 20, "account": 3}  # an address may be shared (mediation place, NAT)
FIRST_DELAY = 2  # seconds
MAX_DELAY = 15 * 60
FORGET_AFTER = 24 * 60 * 60


def delay(failures: int, free: int) -> int:
    """Seconds to wait after `failures` failures, the first `free` of which cost nothing."""
    if failures <= free:
        return 0
    return min(FIRST_DELAY * 2 ** min(failures - free - 1, 20), MAX_DELAY)


def _keys(request, login: str) -> dict[str, str]:
    address = ratelimit.client_key(request)
    account = hashlib.sha256(login.strip().lower().encode()).hexdigest()[:32]
    return {"address": f"signin:{address}", "account": f"signin:{address}:{account}"}


def wait_seconds(request, login: str) -> int:
    """How long this address must still wait before trying a password for `login` (0: not at all)."""
    now = time.time()
    untils = cache.get_many([f"{key}:until" for key in _keys(request, login).values()])
    return max([math.ceil(until - now) for until in untils.values()] + [0])


def record_failure(request, login: str) -> None:
    now = time.time()
    for scope, key in _keys(request, login).items():
        if wait := delay(_count(key), FREE_FAILURES[scope]):
            cache.set(f"{key}:until", now + wait, timeout=wait)


def record_success(request, login: str) -> None:
    key = _keys(request, login)["account"]
    cache.delete_many([key, f"{key}:until"])


def _count(key: str) -> int:
    """One more failure under `key`, kept for FORGET_AFTER after the last one."""
    failures = ratelimit.count(key, timeout=FORGET_AFTER)
    if failures > 1:
        cache.touch(key, FORGET_AFTER)
    return failures


def wait_message(seconds: int) -> str:
    if seconds < 60:
        return ngettext(
            "Too many failed sign-in attempts. Try again in %(count)d second.",
            "Too many failed sign-in attempts. Try again in %(count)d seconds.",
            seconds,
        ) % {"count": seconds}
    minutes = math.ceil(seconds / 60)
    return ngettext(
        "Too many failed sign-in attempts. Try again in %(count)d minute.",
        "Too many failed sign-in attempts. Try again in %(count)d minutes.",
        minutes,
    ) % {"count": minutes}
