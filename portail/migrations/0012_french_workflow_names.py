"""The default moderation workflow (created by Wagtail, named in English) gets French names: the
editor's button reads « Soumettre à Relecture avant publication »."""

from django.db import migrations

NAMES = [
    # (model, Wagtail's name, the portal's)
    ("Workflow", "Moderators approval", "Relecture avant publication"),
    ("Task", "Moderators approval", "Validation par un modérateur"),
]


def to_french(apps, schema_editor):
    for model, english, french in NAMES:
        apps.get_model("wagtailcore", model).objects.filter(name=english).update(name=french)


def to_english(apps, schema_editor):
    for model, english, french in NAMES:
        apps.get_model("wagtailcore", model).objects.filter(name=french).update(name=english)


class Migration(migrations.Migration):
    dependencies = [
        ("portail", "0011_schedule_outbox_jobs"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(to_french, to_english)]
