"""Redis as the cache, degrading to this process's memory while Redis fails (issue 19).

Nothing the portal keeps in the cache is the only copy of anything: a Redis outage must cost
speed, never a page or a submission. Every operation that fails with a Redis error is answered
by a local memory cache instead, and Redis is left alone for `RETRY_AFTER_SECONDS` (a circuit
breaker: a dead or unreachable Redis costs one short timeout per process and period, not one per
request). While Redis is away, rate limits count per process: weaker, but still there.
"""

import logging
import time

from redis.exceptions import RedisError

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
OPERATIONS = (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "set_many",
    "delete_many",
    "clear",
)

# Per process and per Redis location, shared by the cache objects of every thread.
_fallbacks: dict[str, LocMemCache] = {}
_down_until: dict[str, float] = {}


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client builds a new redis.Redis object for every operation (~1 ms of CPU: its
    table of response callbacks); one per connection pool does (it is thread-safe)."""

    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._location = server if isinstance(server, str) else ",".join(server)
        if self._location not in _fallbacks:
            _fallbacks[self._location] = LocMemCache(
                f"redis-fallback:{self._location}",
                {"TIMEOUT": params.get("TIMEOUT", 300), "OPTIONS": {"MAX_ENTRIES": 5000}},
            )

    @property
    def fallback(self) -> LocMemCache:
        return _fallbacks[self._location]

    def redis_available(self) -> bool:
        """False while the breaker is open (Redis failed less than RETRY_AFTER_SECONDS ago)."""
        return time.monotonic() >= _down_until.get(self._location, 0.0)

    def ping(self) -> None:
        """Ask Redis itself, breaker or not (readiness checks); raises RedisError."""
        self._cache.get_client().ping()

    def _degrading(self, name, *args, **kwargs):
        if self.redis_available():
            try:
                return getattr(RedisCache, name)(self, *args, **kwargs)
            except RedisError as error:
                _down_until[self._location] = time.monotonic() + RETRY_AFTER_SECONDS
                logger.warning(
                    "Redis cache unavailable (%s: %s); using local memory for %s s",
                    type(error).__name__,
                    error,
                    RETRY_AFTER_SECONDS,
                )
        return getattr(self.fallback, name)(*args, **kwargs)


def _operation(name):
    def method(self, *args, **kwargs):
        return self._degrading(name, *args, **kwargs)

    method.__name__ = name
    method.__doc__ = f"RedisCache.{name}, answered from local memory while Redis fails."
    return method


for _name in OPERATIONS:
    setattr(ResilientRedisCache, _name, _operation(_name))


def shared_cache_up() -> bool:
    """True while the default cache is Redis and answers: every process reads the same entries and
    sees the others' purges (a process's own memory, or the fallback during an outage, does not)."""
    from django.core.cache import caches

    default = caches["default"]
    return isinstance(default, ResilientRedisCache) and default.redis_available()


def cache_coherent() -> bool:
    """False while Redis fails: the fallback memory is per process, blind to the others' purges. A
    local memory cache by configuration (the quick start: one process) is coherent."""
    from django.core.cache import cache

    available = getattr(cache, "redis_available", None)
    return available is None or available()
