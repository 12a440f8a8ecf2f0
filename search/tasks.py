"""django-q2 entry points (retried on failure)."""

from search.engines import bitmaps
from search.indexing import index_groups, rebuild


def index_groups_task(label: str, groups: list[str]) -> int:
    return index_groups(label, groups)


def refresh_task() -> int:
    """Nightly: rebuild the index, so that what depends on the date (a funding scheme's status, past
    events, expired labels, next sessions) stays true."""
    return rebuild()


def bitmaps_task() -> None:
    """After indexing: the bitmaps built again from the postings (search/engines/bitmaps.py)."""
    bitmaps.build_queued()
