"""The « Buyers' needs moderators » group (admin access, moderation) and the daily retention job."""

from django.db import migrations
from django.utils import timezone

MODERATORS = "Buyers' needs moderators"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("besoins", "need", "moderate_need"),
    ("besoins", "need", "view_need"),
]
JOB = ("besoins-purge", "besoins.tasks.purge_needs_task", 4)


def _permission(apps, app_label, model, codename):
    content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label=app_label, model=model
    )
    permission, _ = apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return permission


def create_defaults(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=MODERATORS)
    group.permissions.add(*(_permission(apps, *item) for item in PERMISSIONS))
    name, func, hour = JOB
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name=name,
        defaults={
            "func": func,
            "schedule_type": "D",
            "next_run": timezone.now().replace(hour=hour, minute=0, second=0, microsecond=0),
            "repeats": -1,
        },
    )


def remove_defaults(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=JOB[0]).delete()
    apps.get_model("auth", "Group").objects.filter(name=MODERATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("besoins", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_defaults, remove_defaults)]
