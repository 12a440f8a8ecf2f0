"""django-q2 entry points of the observatory (scheduled by migration 0002)."""

from django.utils import timezone

from observatoire import services


def freeze_snapshots_task() -> str:
    frozen = services.freeze_ended_periods(timezone.localdate())
    return ", ".join(snapshot.period for snapshot in frozen)
