"""Migration operations for models and tasks that move from one app to another (see docs/adr/0008).

The tables stay where they are (`db_table`); what names the old app in the database is renamed:
the content types (pages, revisions, permissions and logs point at them) and the dotted paths of
the scheduled django-q2 jobs.
"""

from django.db import migrations


def move_content_types(models: list[str], source: str, target: str) -> migrations.RunPython:
    """The content types of `models` (lower-case model names) follow them from app `source` to `target`."""

    def rename(apps, old: str, new: str):
        content_types = apps.get_model("contenttypes", "ContentType").objects
        for model in models:
            if content_types.filter(app_label=old, model=model).exists():
                # A row for the new app exists only if post_migrate created it after a reverse
                # migration: nothing points at it yet.
                content_types.filter(app_label=new, model=model).delete()
                content_types.filter(app_label=old, model=model).update(app_label=new)

    return migrations.RunPython(
        lambda apps, schema_editor: rename(apps, source, target),
        lambda apps, schema_editor: rename(apps, target, source),
    )


def rename_scheduled_tasks(paths: dict[str, str]) -> migrations.RunPython:
    """Scheduled jobs call the tasks by their new dotted paths (`paths`: old → new)."""

    def rename(apps, pairs):
        schedules = apps.get_model("django_q", "Schedule").objects
        for old, new in pairs:
            schedules.filter(func=old).update(func=new)

    return migrations.RunPython(
        lambda apps, schema_editor: rename(apps, paths.items()),
        lambda apps, schema_editor: rename(apps, [(new, old) for old, new in paths.items()]),
    )
