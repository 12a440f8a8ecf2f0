from django.db import migrations

PERMISSIONS = {
    "trainingprovider": ["add", "change", "view"],
    "lheoimport": ["add", "view"],
}


def grant_catalogue_to_editors(apps, schema_editor):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    group_model = apps.get_model("auth", "Group")
    permissions = []
    for model, actions in PERMISSIONS.items():
        content_type, _ = content_type_model.objects.get_or_create(app_label="catalogue", model=model)
        for action in actions:
            permission, _ = permission_model.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            permissions.append(permission)
    for group in group_model.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0001_initial"),
        ("portail", "0005_editors_edit_navigation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_catalogue_to_editors, migrations.RunPython.noop)]
