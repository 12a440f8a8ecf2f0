from django.db import migrations
from django.utils import timezone

NAME = "search: nightly refresh"


def add_job(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=NAME,
        defaults={
            "func": "search.tasks.refresh_task",
            "schedule_type": "D",
            "next_run": timezone.now().replace(hour=7, minute=30, second=0, microsecond=0),  # 03:30 Martinique
            "repeats": -1,
        },
    )


def remove_job(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portail_search", "0003_synonyms"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(add_job, remove_job)]
