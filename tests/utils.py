from wagtail.models import Locale


def translate(page, language, **fields):
    """Copy a French page into another locale (as wagtail-localize does), set fields, publish."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy.specific.__class__.objects.get(pk=copy.pk)
