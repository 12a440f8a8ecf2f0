"""The label's default criteria (editable afterwards), the « Label reviewers » group, the Editors'
rights on the criteria and the charter signatories, and the daily expiry-reminder job."""

from django.db import migrations
from django.utils import timezone

CRITERIA = [
    (10, "Établissement en Martinique : siège ou établissement actif, production réalisée sur place",
     "Establishment in Martinique: head office or active branch, work carried out locally",
     "Establecimiento en Martinica: sede o establecimiento activo, producción realizada en la isla",
     "Joindre un extrait Kbis ou l'avis de situation SIRENE de l'établissement."),
    (20, "Part du personnel local : effectif basé en Martinique sur l'effectif total",
     "Share of local staff: staff based in Martinique out of the total",
     "Proporción de personal local: plantilla basada en Martinica sobre el total",
     "Indiquer les chiffres ; joindre une attestation de l'expert-comptable ou un extrait du registre du personnel."),
    (30, "Support et maintenance assurés localement",
     "Local support and maintenance",
     "Soporte y mantenimiento prestados localmente",
     "Décrire l'organisation du support (équipe, horaires, délais d'intervention)."),
    (40, "Sous-traitance locale privilégiée",
     "Local subcontracting favoured",
     "Subcontratación local preferida",
     "Part des achats et de la sous-traitance confiés à des entreprises de Martinique."),
]  # fmt: skip
REVIEWERS = "Label reviewers"
REVIEWER_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("guichet", "labelapplication", "review_labelapplication"),
    ("guichet", "labelapplication", "view_labelapplication"),
    ("guichet", "provider", "view_provider"),
    ("guichet", "labelcriterion", "view_labelcriterion"),
]
EDITOR_PERMISSIONS = {
    "labelcriterion": ["add", "change", "delete", "view"],
    "chartersignatory": ["add", "change", "delete", "view"],
    "provider": ["view"],
}
JOB = ("label-expiry-reminders", "guichet.label.tasks.expiry_reminders_task", 13)  # 9:00 in Martinique


def _permission(apps, app_label, model, codename):
    content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label=app_label, model=model
    )
    permission, _ = apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return permission


def create_defaults(apps, schema_editor):
    criterion_model = apps.get_model("guichet", "LabelCriterion")
    if not criterion_model.objects.exists():
        for position, text, text_en, text_es, guidance in CRITERIA:
            criterion_model.objects.create(
                position=position, text=text, text_en=text_en, text_es=text_es, guidance=guidance
            )
    group_model = apps.get_model("auth", "Group")
    reviewers, _ = group_model.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(*(_permission(apps, *item) for item in REVIEWER_PERMISSIONS))
    editor_permissions = [
        _permission(apps, "guichet", model, f"{action}_{model}")
        for model, actions in EDITOR_PERMISSIONS.items()
        for action in actions
    ]
    for group in group_model.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*editor_permissions)
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
    apps.get_model("auth", "Group").objects.filter(name=REVIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("guichet", "0003_label"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create_defaults, remove_defaults)]
