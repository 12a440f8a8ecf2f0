"""Wagtail's indexes and the portal's search for programme pages, deferred during an LHEO import.

A page saved in the admin is indexed when saved; an import of thousands of offers indexes its pages
afterwards in one background job (django-q2, retried), so that the import itself stays fast.
"""

from contextlib import contextmanager

from asgiref.local import Local

from django.db import transaction

from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.signal_handlers import disable_reference_index_auto_update

_state = Local()


def indexing_deferred() -> bool:
    return getattr(_state, "deferred", False)


@contextmanager
def deferred_indexing():
    _state.deferred = True
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _state.deferred = False


def on_programme_saved(sender, instance, raw=False, **kwargs):
    if not raw and not indexing_deferred():
        transaction.on_commit(lambda: index.insert_or_update_object(instance))


def on_programme_deleted(sender, instance, **kwargs):
    index.remove_object(instance)


def index_programmes(page_ids: list[int]) -> int:
    """Update both indexes for these pages (after an import). Returns how many were indexed."""
    from catalogue.models import TrainingPage
    from search.indexing import index_objects

    pages = []
    for page in TrainingPage.objects.filter(pk__in=page_ids).iterator(chunk_size=200):
        index.insert_or_update_object(page)
        ReferenceIndex.create_or_update_for_object(page)
        pages.append(page)
    index_objects(pages)  # the portal's search, in its own background job
    return len(pages)
