from django.db import migrations
from django.utils import timezone

JOBS = [
    # (name, function, hour in UTC: Martinique is UTC-4)
    ("places-verification", "portail.places.tasks.place_verification_task", 12),  # 8:00
    ("event-reminders", "portail.events.tasks.event_reminders_task", 13),  # 9:00, the day before
    ("event-registrations-retention", "portail.events.tasks.registrations_retention_task", 7),  # 3:00
]
EDITOR_PERMISSIONS = [
    ("placecorrection", "view_placecorrection", "Can view place correction"),
    ("placecorrection", "change_placecorrection", "Can change place correction"),
    ("registration", "view_registration", "Can view registration"),
]


def schedule_jobs(apps, schema_editor):
    schedule_model = apps.get_model("django_q", "Schedule")
    for name, func, hour in JOBS:
        schedule_model.objects.update_or_create(
            name=name,
            defaults={
                "func": func,
                "schedule_type": "D",  # daily
                "next_run": timezone.now().replace(hour=hour, minute=0, second=0, microsecond=0),
                "repeats": -1,
            },
        )


def unschedule_jobs(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name__in=[name for name, *_ in JOBS]).delete()


def grant_editors(apps, schema_editor):
    """Editors moderate the corrections and see (and export) who signed up for events."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    group_model = apps.get_model("auth", "Group")
    permissions = []
    for model, codename, name in EDITOR_PERMISSIONS:
        content_type, _ = content_type_model.objects.get_or_create(app_label="portail", model=model)
        permission, _ = permission_model.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        permissions.append(permission)
    for group in group_model.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("portail", "0007_places_and_events"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [
        migrations.RunPython(schedule_jobs, unschedule_jobs),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
