from django.db import migrations

ACTIONS = ["change", "view"]  # snapshots are made by the job only


def grant_snapshots_to_editors(apps, schema_editor):
    """Editors and moderators write the commentary of each snapshot."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    group_model = apps.get_model("auth", "Group")
    content_type, _ = content_type_model.objects.get_or_create(app_label="observatoire", model="snapshot")
    permissions = [
        permission_model.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_snapshot",
            defaults={"name": f"Can {action} observatory snapshot"},
        )[0]
        for action in ACTIONS
    ]
    for group in group_model.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("observatoire", "0002_schedule_snapshots"),
        ("portail", "0005_editors_edit_navigation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_snapshots_to_editors, migrations.RunPython.noop)]
