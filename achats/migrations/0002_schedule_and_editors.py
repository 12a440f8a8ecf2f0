from django.db import migrations
from django.utils import timezone

ACTIONS = ["add", "change", "delete", "view"]


def schedule_call_alerts(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name="call-alerts",
        defaults={
            "func": "achats.tasks.call_alerts_task",
            "schedule_type": "D",  # daily
            "next_run": timezone.now().replace(hour=11, minute=30, second=0, microsecond=0),  # 7:30 in Martinique
            "repeats": -1,
        },
    )


def unschedule_call_alerts(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name="call-alerts").delete()


def grant_calls_to_editors(apps, schema_editor):
    """Editors and moderators publish the calls for tenders; they read the barometer's answers."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    groups = apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Moderators"])
    wanted = [("callfortenders", action) for action in ACTIONS] + [("barometerresponse", "view")]
    permissions = []
    for model, action in wanted:
        content_type, _ = content_type_model.objects.get_or_create(app_label="achats", model=model)
        permissions.append(
            permission_model.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )[0]
        )
    for group in groups:
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("achats", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
        ("portail", "0005_editors_edit_navigation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(schedule_call_alerts, unschedule_call_alerts),
        migrations.RunPython(grant_calls_to_editors, migrations.RunPython.noop),
    ]
