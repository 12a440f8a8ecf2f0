"""The seven partners and the default routing rules of the guichet, editable afterwards in the admin;
the daily reminder and anonymisation jobs; the Editors' rights on partners and rules."""

from django.db import migrations
from django.utils import timezone

PARTNERS = [
    ("cacem", "CACEM – service développement économique", "epci", "cacem", "Centre : Fort-de-France, Le Lamentin, Schœlcher, Saint-Joseph"),
    ("cap-nord", "CAP Nord Martinique – développement économique", "epci", "cap-nord", "Nord : 18 communes"),
    ("espace-sud", "Espace Sud – développement économique", "epci", "espace-sud", "Sud : 12 communes"),
    ("cci-martinique", "CCI Martinique", "cci", None, "Toute la Martinique"),
    ("cma-martinique", "Chambre de Métiers et de l'Artisanat de Martinique", "cma", None, "Toute la Martinique"),
    ("chambre-agriculture-martinique", "Chambre d'Agriculture de la Martinique", "chambre_agriculture", None, "Toute la Martinique"),
    ("ctm", "Collectivité Territoriale de Martinique – guichet unique", "ctm", None, "Toute la Martinique"),
]  # fmt: skip
RULES = [
    # (position, name, sectors, headcount_min, partner slug; None: the EPCI of the company's commune)
    (10, "Agriculture → Chambre d'agriculture", ["agriculture"], None, "chambre-agriculture-martinique"),
    (20, "Artisanat → CMA", ["artisanat"], None, "cma-martinique"),
    (30, "Commerce, industrie, services de 10 salariés et plus → CCI", ["commerce", "industrie", "services"], 10, "cci-martinique"),
    (40, "Autres entreprises → l'EPCI de la commune", [], None, None),
]  # fmt: skip
EDITOR_PERMISSIONS = {
    "partner": ["add", "change", "view"],
    "routingrule": ["add", "change", "delete", "view"],
    "accompanimentrequest": ["view"],
}
JOBS = {
    "guichet-reminders": ("guichet.tasks.send_reminders_task", 12),  # 8:00 in Martinique
    "guichet-anonymise": ("guichet.tasks.anonymise_task", 7),  # 3:00 in Martinique
}


def create_defaults(apps, schema_editor):
    partner_model = apps.get_model("guichet", "Partner")
    rule_model = apps.get_model("guichet", "RoutingRule")
    epci_model = apps.get_model("portail", "EPCI")
    partners = {}
    for slug, name, kind, epci_code, area in PARTNERS:
        partners[slug], _created = partner_model.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "area": area,
                "epci": epci_model.objects.get(code=epci_code) if epci_code else None,
                "contact_email": f"guichet+{slug}@demo.example",
            },
        )
    if not rule_model.objects.exists():
        for position, name, sectors, headcount_min, target in RULES:
            rule_model.objects.create(
                position=position,
                name=name,
                sectors=sectors,
                headcount_min=headcount_min,
                partner=partners[target] if target else None,
                to_commune_epci=target is None,
            )
    schedule_model = apps.get_model("django_q", "Schedule")
    for name, (func, hour) in JOBS.items():
        schedule_model.objects.update_or_create(
            name=name,
            defaults={
                "func": func,
                "schedule_type": "D",
                "next_run": timezone.now().replace(hour=hour, minute=0, second=0, microsecond=0),
                "repeats": -1,
            },
        )
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    permissions = []
    for model, actions in EDITOR_PERMISSIONS.items():
        content_type, _ = content_type_model.objects.get_or_create(app_label="guichet", model=model)
        for action in actions:
            permission, _ = permission_model.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
            permissions.append(permission)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


def remove_jobs(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name__in=list(JOBS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("guichet", "0001_initial"),
        ("portail", "0003_territory_and_locales"),
        ("portail", "0005_editors_edit_navigation"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_defaults, remove_jobs)]
