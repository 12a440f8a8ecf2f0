"""The site, the home page in each language and the restricted pages come from the cache, and a
change to any of them is seen by the next request (issue 20, cold pages)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from portail import site_cache
from tests.portail.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_cache(monkeypatch):
    """The tests' cache is this process's memory, which no other process could miss a purge of."""
    monkeypatch.setattr(site_cache, "shared_cache_up", lambda: True)


def tables(queries) -> list[str]:
    return [query["sql"].split(" FROM ", 1)[1].split()[0] for query in queries if " FROM " in query["sql"]]


def test_a_second_page_reads_neither_the_site_nor_the_restrictions(
    client, site_tree, page_cache_off, shared_cache
):
    client.get("/fr/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/se-former/")

    assert response.status_code == 200
    read = tables(queries)
    assert '"wagtailcore_site"' not in read
    assert '"wagtailcore_pageviewrestriction"' not in read


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_language_gets_its_own_home_page_without_asking_the_database(
    client, site_tree, page_cache_off, shared_cache, language
):
    client.get(f"/{language}/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert site_tree.home[language].hero_title in response.content.decode()
    assert not [sql for sql in tables(queries) if sql == '"wagtailcore_page"'], "the home page is kept"


def test_a_home_page_published_again_is_shown_at_once(client, site_tree, page_cache_off, shared_cache):
    client.get("/en/")
    home = site_tree.home["en"]
    home.hero_title = "Digital Martinique, renewed"
    home.save_revision().publish()

    assert "Digital Martinique, renewed" in client.get("/en/").content.decode()


def test_a_restriction_added_on_a_section_closes_its_pages_at_once(
    client, site_tree, page_cache_off, shared_cache
):
    child = StandardPageFactory(parent=site_tree.page["fr"], title="Réservé", slug="reserve")
    assert client.get("/fr/se-former/reserve/").status_code == 200

    PageViewRestriction.objects.create(page=site_tree.page["fr"], restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/fr/se-former/reserve/")
    assert response.status_code == 302 and "next=/fr/se-former/reserve/" in response["Location"]
    assert client.get("/fr/").status_code == 200, "pages outside the section stay open"
    PageViewRestriction.objects.filter(page=site_tree.page["fr"]).delete()
    assert client.get(child.url).status_code == 200


def test_a_restriction_added_closes_a_page_kept_in_the_page_cache(client, site_tree, settings, shared_cache):
    settings.PAGE_CACHE = True
    client.get("/fr/se-former/")  # creates the site's settings, which purges the page cache
    client.get("/fr/se-former/")
    assert client.get("/fr/se-former/")["X-Page-Cache"] == "hit"

    PageViewRestriction.objects.create(page=site_tree.page["fr"], restriction_type=PageViewRestriction.LOGIN)

    assert client.get("/fr/se-former/").status_code == 302


def test_an_alias_of_a_restricted_page_is_restricted_too(client, site_tree, page_cache_off, shared_cache):
    source = StandardPageFactory(parent=site_tree.page["fr"], title="Source", slug="source")
    PageViewRestriction.objects.create(page=source, restriction_type=PageViewRestriction.LOGIN)
    client.get("/fr/")  # the cache holds the restrictions before the alias exists
    source.create_alias(parent=site_tree.home["fr"], update_slug="alias")

    assert client.get("/fr/alias/").status_code == 302


def test_without_a_shared_cache_wagtail_looks_the_restrictions_up(
    client, site_tree, page_cache_off, monkeypatch
):
    monkeypatch.setattr(site_cache, "shared_cache_up", lambda: False)  # this process's memory, or Redis down
    client.get("/fr/se-former/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fr/se-former/").status_code == 200

    assert '"wagtailcore_pageviewrestriction"' in tables(queries)


def test_a_child_page_is_found_without_asking_for_its_slug_again(client, site_tree, page_cache_off):
    client.get("/fr/se-former/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fr/se-former/").status_code == 200

    assert not [query for query in queries if "\"slug\" = 'se-former'" in query["sql"]]


def test_a_renamed_unpublished_or_deleted_page_is_routed_anew_at_once(client, site_tree, page_cache_off):
    page = site_tree.page["fr"]
    client.get("/fr/se-former/")
    page.slug = "apprendre"
    page.save_revision().publish()
    assert client.get("/fr/se-former/").status_code == 404
    assert client.get("/fr/apprendre/").status_code == 200

    page.unpublish()
    assert client.get("/fr/apprendre/").status_code == 404
    page.save_revision().publish()
    assert client.get("/fr/apprendre/").status_code == 200
    page.delete()
    assert client.get("/fr/apprendre/").status_code == 404


def test_a_moved_page_answers_at_its_new_address(client, site_tree, page_cache_off):
    child = StandardPageFactory(parent=site_tree.page["fr"], title="Cours", slug="cours")
    assert client.get("/fr/se-former/cours/").status_code == 200

    child.move(site_tree.home["fr"], pos="last-child")

    assert client.get("/fr/cours/").status_code == 200
    old = client.get("/fr/se-former/cours/")  # Wagtail's redirect, made on the move
    assert (old.status_code, old["Location"]) == (301, "/fr/cours/")
