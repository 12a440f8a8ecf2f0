from django.db import migrations
from django.utils import timezone

JOBS = [
    # (name, function, schedule type, minutes)
    ("outbox-delivery", "portail.outbox.tasks.deliver_due_emails_task", "I", 1),  # every minute
    ("outbox-purge", "portail.outbox.tasks.purge_emails_task", "D", None),  # daily
]


def schedule_jobs(apps, schema_editor):
    schedule_model = apps.get_model("django_q", "Schedule")
    for name, func, schedule_type, minutes in JOBS:
        schedule_model.objects.update_or_create(
            name=name,
            defaults={
                "func": func,
                "schedule_type": schedule_type,
                "minutes": minutes,
                "next_run": timezone.now(),
                "repeats": -1,
            },
        )


def unschedule_jobs(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name__in=[name for name, *_ in JOBS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portail", "0010_outbox"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(schedule_jobs, unschedule_jobs)]
