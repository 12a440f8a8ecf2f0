from django.conf import settings
from django.db import migrations


def load_reference_data(apps, schema_editor):
    from portail.territory_data import load_territory

    load_territory(apps.get_model("portail", "EPCI"), apps.get_model("portail", "Commune"))
    locale_model = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale_model.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("portail", "0002_pages_territory_navigation"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load_reference_data, migrations.RunPython.noop)]
