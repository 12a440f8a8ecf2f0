"""Keeping the index up to date: once the transaction commits, a saved, published, unpublished or
deleted object gets the entries of itself and its translations rebuilt, in the request when they are
few (an editor's publish shows in the lists at once, whatever the workers' backlog), otherwise or
when that fails in a django-q2 job (retried), and marked pending until the job has run.
"""

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from asgiref.local import Local
from django_q.tasks import async_task

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from wagtail.models import PageViewRestriction

from search.engines import engines
from search.models import PendingIndexing
from search.registry import BUILDERS, all_groups, builder_for, documents, group_id
from search.signals import index_written

logger = logging.getLogger(__name__)
BATCH = 200
INLINE_GROUPS = 20  # an object and its translations, a page and a few below it: indexed at once
_state = Local()


def connect_signals():
    """Objects of a model with a builder are indexed when saved or deleted, whichever app registers
    it and whenever (the receivers look the builder up); pages follow their view restrictions."""
    post_save.connect(on_saved, dispatch_uid="search-saved")
    post_delete.connect(on_deleted, dispatch_uid="search-deleted")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction")


def on_saved(sender, instance, raw=False, **kwargs):
    builder = builder_for(sender)
    if not raw and builder and not builder.deferred():
        queue(builder.label, [group_id(instance)])


def on_deleted(sender, instance, **kwargs):
    if builder := builder_for(sender):
        queue(builder.label, [group_id(instance)])


def on_restriction_changed(sender, instance, raw=False, **kwargs):
    """A page made private (or public again) leaves (or rejoins) the search with the pages below it."""
    if not raw:
        index_objects(instance.page.get_descendants(inclusive=True).specific())


@contextmanager
def paused():
    """Nothing is indexed inside the block; the caller rebuilds the index afterwards (the demo)."""
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = False


def queue(label: str, groups: list[str]) -> None:
    if not getattr(_state, "paused", False):
        transaction.on_commit(lambda: index_now_or_later(label, groups))


def index_now_or_later(label: str, groups: list[str]) -> None:
    if len(groups) <= INLINE_GROUPS:
        try:
            index_groups(label, groups, patient=False)
            return
        except Exception:
            logger.exception("Indexing %s %s failed; a background job will retry it", label, groups)
    try:
        PendingIndexing.objects.bulk_create(
            [PendingIndexing(label=label, group=group) for group in groups],
            update_conflicts=True,
            unique_fields=["label", "group"],
            update_fields=["since"],
        )
        async_task("search.tasks.index_groups_task", label, groups)
    except Exception:  # after the commit: the change is saved, and the nightly rebuild catches up
        logger.exception("Could not queue the indexing of %s %s", label, groups)


def is_pending(obj) -> bool:
    """Whether the search and the lists may not show this object's last change yet."""
    builder = builder_for(type(obj))
    return bool(builder) and PendingIndexing.objects.filter(label=builder.label, group=group_id(obj)).exists()


def index_objects(objects) -> None:
    """Queue the indexing of these objects (e.g. after a bulk import that deferred it)."""
    by_label = {}
    for obj in objects:
        if builder := builder_for(type(obj)):
            by_label.setdefault(builder.label, set()).add(group_id(obj))
    for label, groups in by_label.items():
        queue(label, sorted(groups))


def index_groups(label: str, groups: list[str], engine: str | None = None, *, patient: bool = True) -> int:
    """Rebuild the entries of these groups in every engine. Returns how many entries were written."""
    found = documents(BUILDERS[label], groups)
    written = 0
    for target in engines(engine, patient=patient):
        written = target.replace(found)
    if engine is None:
        PendingIndexing.objects.filter(label=label, group__in=groups).delete()
    index_written.send(sender=index_groups, label=label, groups=groups)
    return written


def rebuild(engine: str | None = None, progress: Callable[[int, int], None] | None = None) -> int:
    """Empty and refill the index of each engine from every builder. Returns the number of entries."""
    started = timezone.now()
    work = [(builder, all_groups(builder)) for builder in BUILDERS.values()]
    total = sum(len(groups) for _builder, groups in work)
    written = 0
    for target in engines(engine):
        done = 0
        written = 0

        def batches() -> Iterator[dict]:
            nonlocal done
            for builder, groups in work:
                for start in range(0, len(groups), BATCH):
                    chunk = groups[start : start + BATCH]
                    yield documents(builder, chunk)
                    done += len(chunk)

        for count in target.rebuild(batches()):
            written += count
            if progress:
                progress(done, total)
    if engine is None:
        PendingIndexing.objects.filter(since__lte=started).delete()
    index_written.send(sender=rebuild, label=None, groups=None)
    return written
