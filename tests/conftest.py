from dataclasses import dataclass

import pytest

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Page, Site

from portail.factories import HomePageFactory, StandardPageFactory
from tests.utils import translate


@dataclass
class SiteTree:
    """A French home page and one standard page, both translated into English and Spanish."""

    home: dict
    page: dict


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


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters and cached site paths must not leak from one test to the next (Redis)."""
    cache.clear()
    yield
    cache.clear()
