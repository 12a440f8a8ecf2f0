from django.db import migrations

ACTIONS = ["add", "change", "view"]


def grant_funders_to_editors(apps, schema_editor):
    """Editors and moderators add the funders their schemes name (from the scheme's form too)."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    group_model = apps.get_model("auth", "Group")
    content_type, _ = content_type_model.objects.get_or_create(app_label="financements", model="funder")
    permissions = [
        permission_model.objects.get_or_create(
            content_type=content_type, codename=f"{action}_funder", defaults={"name": f"Can {action} funder"}
        )[0]
        for action in ACTIONS
    ]
    for group in group_model.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("financements", "0003_schedule_funding_alerts"),
        ("portail", "0005_editors_edit_navigation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_funders_to_editors, migrations.RunPython.noop)]
