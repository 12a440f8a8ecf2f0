"""Background jobs (django-q2) queued once the transaction commits, so a job never sees data that a
rollback removed; the demo loader discards the jobs of the history it writes.
"""

from contextlib import contextmanager

from asgiref.local import Local
from django_q.tasks import async_task

from django.db import transaction

_state = Local()


def enqueue(func: str, *args) -> None:
    """Queue `func(*args)` (a dotted path) after the current transaction commits."""
    if not discarding():
        transaction.on_commit(lambda: async_task(func, *args))


def discarding() -> bool:
    return getattr(_state, "discarding", False)


@contextmanager
def discarded():
    """Jobs queued inside the block are dropped: the demo's requests and applications are past events
    (no receipts to send) and its search index is rebuilt at the end (no backlog for the worker)."""
    _state.discarding = True
    try:
        yield
    finally:
        _state.discarding = False
