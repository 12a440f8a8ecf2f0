"""The connection to the cluster: one client per process, a circuit breaker, bulk writes that count
their failures."""

import functools
import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass

import elasticsearch
from elasticsearch import ApiError, Elasticsearch, helpers

logger = logging.getLogger(__name__)

SEARCH_TIMEOUT = 2  # seconds for a search, connection included; then the database answers
WRITE_OPTIONS = {"request_timeout": 60, "max_retries": 2, "retry_on_timeout": True}
REQUEST_WRITE_TIMEOUT = 5  # seconds for a write made during an editor's request; then a job writes
UNREACHABLE = (elasticsearch.ConnectionError, elasticsearch.ConnectionTimeout)


class ClusterSkipped(Exception):
    """A write during a request, while the circuit breaker skips the cluster: a job will make it."""


class IndexingError(Exception):
    """The cluster refused documents; a rebuild then leaves the previous indexes in place."""

    def __init__(self, failed: int):
        super().__init__(f"{failed} documents could not be indexed; the previous index still answers")
        self.failed = failed


class Breaker:
    """After `threshold` consecutive connection failures or timeouts the cluster is skipped for
    `cooldown` seconds; then one request tries it again, and a failure skips it for another while."""

    def __init__(self, threshold: int = 3, cooldown: float = 30.0, clock=time.monotonic):
        self.threshold, self.cooldown, self.clock = threshold, cooldown, clock
        self.failures = 0
        self.opened_at = None
        self._lock = threading.Lock()

    @property
    def open(self) -> bool:
        return self.opened_at is not None

    def allows(self) -> bool:
        with self._lock:
            if self.opened_at is None:
                return True
            if self.clock() - self.opened_at < self.cooldown:
                return False
            self.opened_at = self.clock()  # this request tries; the others wait another cool-down
            return True

    @contextmanager
    def watching(self):
        """Count the connection failures of the requests made inside; an answer closes the breaker."""
        try:
            yield
        except UNREACHABLE:
            with self._lock:
                self.failures += 1
                if self.failures >= self.threshold:
                    self.opened_at = self.clock()
            raise
        except ApiError:  # an error response is an answer
            self._close()
            raise
        self._close()

    def _close(self):
        with self._lock:
            self.failures, self.opened_at = 0, None


@dataclass(frozen=True)
class Connection:
    client: Elasticsearch  # for searches: short timeout, no retry
    breaker: Breaker

    @property
    def writer(self) -> Elasticsearch:
        """The same connections with the patience of indexing jobs."""
        return self.client.options(**WRITE_OPTIONS)

    @property
    def request_writer(self) -> Elasticsearch:
        """For a write during an editor's request: a short wait, no retry (a job retries)."""
        return self.client.options(request_timeout=REQUEST_WRITE_TIMEOUT)


@functools.cache
def connection(url: str) -> Connection:
    client = Elasticsearch(url, request_timeout=SEARCH_TIMEOUT, max_retries=0, retry_on_timeout=False)
    return Connection(client, Breaker())


def bulk(client: Elasticsearch, actions, optional=frozenset(), **params) -> int:
    """Send the actions; log the failures and return how many there were.

    Not failures: deleting a missing document, `create` finding the document already written (by a
    write made during a rebuild, newer), and writing to an `optional` alias that has gone.
    """
    failed = 0
    results = helpers.streaming_bulk(
        client, actions, raise_on_error=False, max_retries=3, initial_backoff=1, **params
    )
    for ok, item in results:
        operation, result = next(iter(item.items()))
        status = result.get("status")
        if ok or (operation, status) in (("delete", 404), ("create", 409)):
            continue
        if status == 404 and result.get("_index") in optional:
            continue
        failed += 1
        logger.error(
            "Elasticsearch refused to %s %s in %s: %s",
            operation,
            result.get("_id"),
            result.get("_index"),
            result.get("error"),
        )
    return failed
