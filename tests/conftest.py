from dataclasses import dataclass

import pytest

from django.utils import translation

from wagtail.models import Locale, Page, Site

from portail.factories import HomePageFactory, StandardPageFactory


@dataclass
class SiteTree:
    """A French home page and one standard page, both translated into English and Spanish."""

    home: dict
    page: dict


def translate(page, language, **fields):
    """Copy a French page into another locale (as wagtail-localize does), set fields, publish."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy.specific.__class__.objects.get(pk=copy.pk)


@pytest.fixture
def site_tree(db):
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    home = HomePageFactory(parent=root, locale=Locale.objects.get(language_code="fr"))
    Site.objects.create(hostname="testserver", root_page=home, is_default_site=True, site_name="Portail")
    page = StandardPageFactory(
        parent=home, title="Se former", slug="se-former", intro="Trouvez une formation."
    )
    homes = {"fr": home}
    pages = {"fr": page}
    for language, title, slug in [("en", "Learn", "learn"), ("es", "Formarse", "formarse")]:
        homes[language] = translate(home, language, title=f"Home {language}", slug=f"home-{language}")
        pages[language] = translate(page, language, title=title, slug=slug)
    return SiteTree(home=homes, page=pages)


@pytest.fixture
def french():
    with translation.override("fr"):
        yield
