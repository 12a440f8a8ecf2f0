"""django-q2 entry points (retried on failure)."""

from search.indexing import index_groups


def index_groups_task(label: str, groups: list[str]) -> int:
    return index_groups(label, groups)
