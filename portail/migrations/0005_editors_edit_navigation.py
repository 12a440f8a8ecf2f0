from django.db import migrations


def grant_navigation_to_editors(apps, schema_editor):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    group_model = apps.get_model("auth", "Group")
    content_type, _ = content_type_model.objects.get_or_create(app_label="portail", model="navigationsettings")
    permission, _ = permission_model.objects.get_or_create(
        content_type=content_type,
        codename="change_navigationsettings",
        defaults={"name": "Can change navigation"},
    )
    for group in group_model.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("portail", "0004_standardpage_menu_title"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_navigation_to_editors, migrations.RunPython.noop)]
