from dataclasses import dataclass

import pytest

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Page, Site

from portail.models import Commune
from search.indexing import rebuild
from tests.evenements.factories import EventIndexPageFactory, EventPageFactory
from tests.lieux.factories import PlaceMapPageFactory, PlacePageFactory
from tests.portail.factories import HomePageFactory, StandardPageFactory
from tests.utils import staff, translate


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
def outbox_in_front(settings):
    """Every e-mail goes through the outbox as in production; its backend is locmem (mail.outbox)."""
    settings.EMAIL_BACKEND = "portail.outbox.backend.OutboxBackend"


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters and cached site paths must not leak from one test to the next (Redis)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache_off(settings):
    """For tests that count what rendering a page costs: every request renders it."""
    settings.PAGE_CACHE = False


@pytest.fixture
def map_page(site_tree):
    page = PlaceMapPageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    translate(page, "en", title="Digital spaces", slug="community-digital-spaces")
    translate(page, "es", title="Espacios digitales", slug="espacios-digitales")
    return page


@pytest.fixture
def places(map_page):
    """Three places that differ on commune, kind, service, audience, fees and hours."""
    sphere = PlacePageFactory(
        parent=map_page,
        title="La Sphère 972",
        slug="la-sphere-972",
        commune=Commune.objects.get(insee_code="97213"),
        postal_code="97232",
        kinds=["tiers-lieu", "fablab"],
        services=["loisirs-creation", "acces-materiel"],
        audiences=["seniors"],
        fees=["gratuit"],
        opening_hours="Mo-Fr 09:00-17:00; PH off",
        email="contact@sphere.example",
    )
    vanlab = PlacePageFactory(
        parent=map_page,
        title="VANLAB",
        slug="vanlab",
        kinds=["fablab"],
        services=["loisirs-creation"],
        audiences=[],
        fees=["payant"],
        opening_hours="We-Sa 10:00-18:00",
    )
    upspace = PlacePageFactory(
        parent=map_page,
        title="Up & Space",
        slug="up-space",
        commune=Commune.objects.get(insee_code="97227"),
        postal_code="97228",
        kinds=["epn"],
        services=["demarches"],
        audiences=["jeunes"],
        fees=["gratuit"],
        opening_hours="Fr 20:00-02:00",
    )
    rebuild("database")  # the map lists what the search finds
    return {"sphere": sphere, "vanlab": vanlab, "upspace": upspace}


@pytest.fixture
def event_index(site_tree):
    page = EventIndexPageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    translate(page, "en", title="Workshops and events", slug="events")
    translate(page, "es", title="Talleres y eventos", slug="eventos")
    return page


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, title="Premiers pas", slug="premiers-pas", capacity=2)


@pytest.fixture
def editor(db):
    """A CTM editor of the Wagtail admin (the Editors group), e-mail verified."""
    return staff(groups=["Editors"])


@pytest.fixture
def reviewer(db):
    """A CTM reviewer of the label (the « Label reviewers » group created by migration)."""
    return staff(groups=["Label reviewers"])
