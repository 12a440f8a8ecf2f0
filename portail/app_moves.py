"""Migration operations for models and tasks that move from one app to another (see docs/adr/0008).

The tables stay where they are (`db_table`); what names the old app in the database is renamed:
the content types (pages, revisions, permissions and logs point at them) and the dotted paths of
the scheduled django-q2 jobs.
"""

from django.db import migrations


def move_content_types(models: list[str], source: str, target: str) -> migrations.RunPython:
    """The content types of `models` (lower-case model names) follow them from app `source` to `target`.

    A row for the target app may exist already: post_migrate creates one after a reverse migration.
    It is deleted when nothing uses it (only its own permissions, granted to no one); when something
    does (a revision, a log entry, a granted permission…), the migration stops rather than delete it
    with a cascade: the two rows are merged by hand first.
    """

    def rename(apps, old: str, new: str):
        content_types = apps.get_model("contenttypes", "ContentType").objects
        for model in models:
            if not content_types.filter(app_label=old, model=model).exists():
                continue
            existing = content_types.filter(app_label=new, model=model).first()
            if existing is not None:
                if users := _users_of(existing):
                    raise RuntimeError(
                        f"Content types {old}.{model} and {new}.{model} both exist and "
                        f"{new}.{model} is used ({', '.join(users)}): merge them before migrating."
                    )
                existing.delete()
            content_types.filter(app_label=old, model=model).update(app_label=new)

    return migrations.RunPython(
        lambda apps, schema_editor: rename(apps, source, target),
        lambda apps, schema_editor: rename(apps, target, source),
    )


def _reverse_relations(model):
    return [
        field
        for field in model._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete
    ]


def _users_of(content_type) -> list[str]:
    """The models whose rows point at `content_type`, apart from its permissions granted to no one."""
    users = []
    for relation in _reverse_relations(content_type):
        related = relation.related_model
        rows = related._base_manager.filter(**{relation.field.name: content_type})
        if related._meta.label_lower == "auth.permission":
            for grant in _reverse_relations(related):  # groups' and users' permissions
                if grant.related_model._base_manager.filter(**{f"{grant.field.name}__in": rows}).exists():
                    users.append(f"{grant.related_model._meta.label} (permissions)")
        elif rows.exists():
            users.append(related._meta.label)
    return users


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
