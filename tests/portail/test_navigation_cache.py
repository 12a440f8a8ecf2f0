"""Menu and footer are computed once per site and language, and recomputed after each change they show
(issue 20, layout)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portail import content_version, navigation
from portail.models import FooterLink, MenuItem, NavigationSettings
from tests.portail.factories import StandardPageFactory
from tests.utils import translate

pytestmark = pytest.mark.django_db

MENU_FR = '<a href="/fr/se-former/">Se former</a>'


@pytest.fixture
def menu(site_tree):
    settings = NavigationSettings.for_site(site_tree.home["fr"].get_site())
    MenuItem.objects.create(setting=settings, page=site_tree.page["fr"])
    FooterLink.objects.create(setting=settings, page=site_tree.page["fr"])
    return settings


def test_a_second_page_reads_the_menu_from_the_cache(client, menu, monkeypatch):
    assert MENU_FR in client.get("/fr/").content.decode()

    def recomputed(*args, **kwargs):
        raise AssertionError("the menu was computed again")

    monkeypatch.setattr(navigation, "localized_pages", recomputed)

    assert MENU_FR in client.get("/fr/se-former/").content.decode()


def test_each_language_has_its_own_menu(client, menu):
    client.get("/fr/")

    assert '<a href="/es/formarse/">Formarse</a>' in client.get("/es/").content.decode()
    assert '<a href="/en/learn/">Learn</a>' in client.get("/en/").content.decode()


def test_publishing_a_new_title_shows_it_in_the_menu(client, menu, site_tree):
    client.get("/fr/")
    page = site_tree.page["fr"]
    page.title = "Apprendre"
    page.save_revision().publish()

    assert '<a href="/fr/se-former/">Apprendre</a>' in client.get("/fr/").content.decode()


def test_an_unpublished_or_deleted_page_leaves_the_menu(client, menu, site_tree):
    client.get("/en/")
    site_tree.page["en"].unpublish()
    html = client.get("/en/").content.decode()
    assert 'href="/en/learn/"' not in html and '<a href="/en/se-former/" lang="fr">' in html

    site_tree.page["fr"].delete()
    assert "se-former" not in client.get("/fr/").content.decode()


def test_moving_a_page_moves_its_menu_link(client, menu, site_tree):
    parent = StandardPageFactory(parent=site_tree.home["fr"], title="Rubrique", slug="rubrique")
    client.get("/fr/")

    site_tree.page["fr"].move(parent, pos="last-child")

    assert '<a href="/fr/rubrique/se-former/">Se former</a>' in client.get("/fr/").content.decode()


def test_editing_the_settings_changes_the_menu_at_once(client, menu, site_tree):
    other = StandardPageFactory(parent=site_tree.home["fr"], title="Financer", slug="financer")
    client.get("/fr/")

    MenuItem.objects.create(setting=menu, page=other)

    assert '<a href="/fr/financer/">Financer</a>' in client.get("/fr/").content.decode()


def queries_cached_then_computed(client, path: str) -> tuple[list, list]:
    """The queries of a render with the layout in the cache, then of one just after a purge."""
    client.get(path)
    with CaptureQueriesContext(connection) as cached:
        client.get(path)
    content_version.purge()
    with CaptureQueriesContext(connection) as computed:
        client.get(path)
    return cached.captured_queries, computed.captured_queries


def test_the_layout_costs_no_query_once_cached(page_cache_off, client, menu):
    cached, computed = queries_cached_then_computed(client, "/fr/")

    assert len(computed) - len(cached) >= 4  # settings, menu, footer, their pages


def test_the_settings_created_by_a_first_visit_do_not_defeat_the_cache(client, site_tree, monkeypatch):
    """A site's first page view creates its settings (which purges): the next view still hits."""
    client.get("/fr/")

    def recomputed(*args, **kwargs):
        raise AssertionError("the menu was computed again")

    monkeypatch.setattr(navigation, "localized_pages", recomputed)

    assert client.get("/fr/se-former/").status_code == 200


def test_the_breadcrumb_follows_a_renamed_or_moved_parent(client, site_tree):
    parent = StandardPageFactory(parent=site_tree.home["fr"], title="Rubrique", slug="rubrique")
    child = StandardPageFactory(parent=parent, title="Fiche", slug="fiche")
    fiche = "/fr/rubrique/fiche/"
    assert '<li><a href="/fr/rubrique/">Rubrique</a></li>' in client.get(fiche).content.decode()

    parent.title = "Dossier"
    parent.save_revision().publish()
    assert '<li><a href="/fr/rubrique/">Dossier</a></li>' in client.get(fiche).content.decode()

    child.move(site_tree.page["fr"], pos="last-child")
    html = client.get("/fr/se-former/fiche/").content.decode()
    assert '<li><a href="/fr/se-former/">Se former</a></li>' in html and "Dossier" not in html


def test_the_language_switcher_finds_a_translation_published_later(client, site_tree):
    page = StandardPageFactory(parent=site_tree.page["fr"], title="Fiche", slug="fiche")
    html = client.get("/fr/se-former/fiche/").content.decode()
    assert 'href="/en/se-former/fiche/" lang="en"' in html  # no English page yet: the French one, in English

    translate(page, "en", title="Sheet", slug="sheet")

    assert 'href="/en/learn/sheet/" lang="en"' in client.get("/fr/se-former/fiche/").content.decode()


def test_new_contact_details_show_at_once_in_the_footer(client, menu):
    client.get("/fr/")
    menu.contact_phone = "0596 59 63 00"
    menu.save()

    assert 'href="tel:0596596300"' in client.get("/fr/").content.decode()


def test_the_layout_reads_links_and_settings_from_the_cache(page_cache_off, client, menu, site_tree):
    """Menu, footer, breadcrumb, language links and contact details come from the cache."""
    cached, computed = queries_cached_then_computed(client, "/fr/se-former/")

    tables = [query["sql"].split(" FROM ")[1].split()[0] for query in cached]
    assert tables.count('"portail_navigationsettings"') == 0
    assert tables.count('"wagtailcore_locale"') <= 2  # Wagtail's routing, then the layout
    assert len(computed) - len(cached) >= 6  # settings, menu, footer, breadcrumb, translations…
