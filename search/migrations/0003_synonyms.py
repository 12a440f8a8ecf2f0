"""The first synonym groups (editors add more in the admin, under Snippets)."""

from django.db import migrations

GROUPS = [
    ("cybersécurité, sécurité informatique", "cybersecurity, IT security", "ciberseguridad"),
    ("développeur, développeuse", "developer", "desarrollador, desarrolladora"),
    ("réseau", "network, networking", "red, redes"),
    ("formation", "training, course", "formación, curso"),
    ("financement, aide, subvention", "funding, grant", "financiación, ayuda, subvención"),
    ("numérique", "digital", "digital"),
    ("informatique", "computing, IT", "informática"),
    ("apprentissage, alternance", "apprenticeship, work-study", "aprendizaje, formación dual"),
    ("médiation numérique", "digital inclusion", "mediación digital"),
    ("tiers-lieu, espace de coworking", "third place, coworking space", "tercer lugar, espacio de coworking"),
    ("site web, site internet", "website", "sitio web"),
    ("entreprise", "business, company", "empresa"),
]


def forwards(apps, schema_editor):
    SynonymGroup = apps.get_model("portail_search", "SynonymGroup")
    for french, english, spanish in GROUPS:
        SynonymGroup.objects.get_or_create(french=french, defaults={"english": english, "spanish": spanish})


class Migration(migrations.Migration):
    dependencies = [("portail_search", "0002_postgresql_full_text")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
