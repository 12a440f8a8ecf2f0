"""The orientation partners for individuals and their default routing rules, editable afterwards in
the admin; the Mediators group (file a request on behalf of a person).

Names are the organisations' public names; phones and areas to verify by the CTM before opening.
Mediation places (EPN, France Services) are partners linked to a place of the map: the demo adds
them (demo/data/guichet.yaml); a CTM editor adds the real ones.
"""

from django.db import migrations

PARTNERS = [
    # (slug, name, kind, area, phone)
    ("france-travail", "France Travail Martinique", "emploi", "Toute la Martinique", "3949"),
    ("mission-locale-nord", "Mission locale du Nord de la Martinique", "mission_locale", "Nord : communes de CAP Nord", ""),
    ("mission-locale-centre", "Mission locale du Centre de la Martinique", "mission_locale", "Centre : communes de la CACEM", ""),
    ("mission-locale-sud", "Mission locale de l'Espace Sud Martinique", "mission_locale", "Sud : communes de l'Espace Sud", ""),
    ("ctm-orientation", "Collectivité Territoriale de Martinique – formation professionnelle et orientation", "orientation", "Toute la Martinique", "0596 59 63 00"),
]  # fmt: skip
# (position, name, goals, age bands, statuses, EPCI code, target: partner slug or "place")
RULES = [
    (110, "Particuliers : bases du numérique, démarches en ligne, équipement → le lieu de médiation le plus proche", ["bases-numeriques", "demarches", "equipement"], [], [], None, "place"),
    (120, "Particuliers de moins de 26 ans, Nord → Mission locale du Nord", [], ["moins-26"], [], "cap-nord", "mission-locale-nord"),
    (130, "Particuliers de moins de 26 ans, Centre → Mission locale du Centre", [], ["moins-26"], [], "cacem", "mission-locale-centre"),
    (140, "Particuliers de moins de 26 ans, Sud → Mission locale de l'Espace Sud", [], ["moins-26"], [], "espace-sud", "mission-locale-sud"),
    (150, "Demandeurs d'emploi → France Travail", [], [], ["demandeur-emploi"], None, "france-travail"),
    (160, "Autres particuliers → service formation et orientation de la CTM", [], [], [], None, "ctm-orientation"),
]  # fmt: skip
MEDIATORS = "Mediators"


def create_defaults(apps, schema_editor):
    partner_model = apps.get_model("guichet", "Partner")
    rule_model = apps.get_model("guichet", "RoutingRule")
    epci_model = apps.get_model("portail", "EPCI")
    partners = {}
    for slug, name, kind, area, phone in PARTNERS:
        partners[slug], _created = partner_model.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "area": area,
                "phone": phone,
                "contact_email": f"guichet+{slug}@demo.example",
            },
        )
    if not rule_model.objects.filter(audience="particulier").exists():
        for position, name, goals, ages, statuses, epci, target in RULES:
            rule = rule_model.objects.create(
                position=position,
                name=name,
                audience="particulier",
                goals=goals,
                age_bands=ages,
                statuses=statuses,
                partner=None if target == "place" else partners[target],
                to_nearest_place=target == "place",
            )
            if epci:  # through the table: a parental relation is only written by ClusterableModel.save
                rule_model.epcis.through.objects.create(
                    routingrule_id=rule.pk, epci_id=epci_model.objects.get(code=epci).pk
                )
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    content_type, _ = content_type_model.objects.get_or_create(app_label="guichet", model="accompanimentrequest")
    permission, _ = permission_model.objects.get_or_create(
        content_type=content_type,
        codename="file_for_person",
        defaults={"name": "Can file a request on behalf of a person (mediator)"},
    )
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=MEDIATORS)
    group.permissions.add(permission)


def remove_defaults(apps, schema_editor):
    apps.get_model("guichet", "RoutingRule").objects.filter(audience="particulier").delete()
    apps.get_model("auth", "Group").objects.filter(name=MEDIATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("guichet", "0006_individuals"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_defaults, remove_defaults)]
