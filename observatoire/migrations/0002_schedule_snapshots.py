from django.db import migrations
from django.utils import timezone


def schedule_snapshots(apps, schema_editor):
    """Daily: freezes the last ended quarter and year once (a missed run is caught up the next day)."""
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name="observatory-snapshots",
        defaults={
            "func": "observatoire.tasks.freeze_snapshots_task",
            "schedule_type": "D",  # daily
            "next_run": timezone.now().replace(hour=7, minute=30, second=0, microsecond=0),  # 3:30 in Martinique
            "repeats": -1,
        },
    )


def unschedule_snapshots(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name="observatory-snapshots").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("observatoire", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(schedule_snapshots, unschedule_snapshots)]
