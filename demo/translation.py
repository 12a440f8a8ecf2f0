"""Translating the demo's French pages and snippets with wagtail-localize, from the data files' texts."""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from demo.text import T

TARGET_LANGUAGES = ("en", "es")


def translation_table(*contents):
    """{language: {French segment: translated segment}} from every T in the demo content.

    A T whose English and Spanish are None (French-only demo content) adds nothing.
    """
    table = {language: {} for language in TARGET_LANGUAGES}

    def collect(value):
        if isinstance(value, T):
            if value.en is not None:
                for fr, en, es in value.segments():
                    table["en"][fr], table["es"][fr] = en, es
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)

    collect(contents)
    return table


def translate(instance, table):
    """Translate a French page or snippet with wagtail-localize, as a translator would in the admin."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for language in TARGET_LANGUAGES:
        translation, _created = Translation.objects.get_or_create(
            source=source,
            target_locale=Locale.objects.get(language_code=language),
            defaults={"enabled": True},
        )
        po = translation.export_po()
        for entry in po:
            if entry.msgid not in table[language]:
                raise ValueError(f"No {language} translation for demo string {entry.msgid!r}")
            entry.msgstr = table[language][entry.msgid]
        translation.import_po(po)
        # Publish now rather than on commit (save_target(publish=True)): a parent published on
        # commit from a stale revision object would reset its child count and hide its children.
        if isinstance(instance, Page):
            translation.save_target(publish=False)
            translation.get_target_instance().get_latest_revision().publish()
        else:
            translation.save_target()  # snippets without drafts are saved as they are
