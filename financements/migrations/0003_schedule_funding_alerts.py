from django.db import migrations
from django.utils import timezone


def schedule_funding_alerts(apps, schema_editor):
    schedule_model = apps.get_model("django_q", "Schedule")
    schedule_model.objects.update_or_create(
        name="funding-alerts",
        defaults={
            "func": "financements.tasks.funding_alerts_task",
            "schedule_type": "D",  # daily
            "next_run": timezone.now().replace(hour=11, minute=0, second=0, microsecond=0),  # 7:00 in Martinique
            "repeats": -1,
        },
    )


def unschedule_funding_alerts(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name="funding-alerts").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("financements", "0002_funding_alerts"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(schedule_funding_alerts, unschedule_funding_alerts)]
