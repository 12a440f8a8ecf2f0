"""django-q2 entry points of buyers' needs."""

from besoins import services


def purge_needs_task() -> int:
    return services.purge_needs()
