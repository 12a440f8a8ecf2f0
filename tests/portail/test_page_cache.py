"""Public pages are kept for anonymous visitors, rendered again after any change the public could
see, and never kept when personal: a session, a CSRF token, a cookie, a private response."""

import datetime

import pytest

from django.test import Client
from django.utils import timezone

from wagtail.models import Page

from portail import page_cache
from portail.models import MenuItem, NavigationSettings
from search.signals import index_written
from tests.portail.factories import StandardPageFactory
from tests.utils import signed_in, staff

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_settings(site_tree):
    """Created beforehand: a site's very first view creates them, which starts a new generation."""
    NavigationSettings.for_site(site_tree.home["fr"].get_site())
    return site_tree


def cached(response) -> str:
    return response.headers.get("X-Page-Cache", "")


def test_an_anonymous_page_is_kept_shareable_and_without_cookies(client, site_tree):
    first = client.get("/fr/se-former/")
    second = client.get("/fr/se-former/")

    assert (cached(first), cached(second)) == ("miss", "hit")
    assert second.content == first.content
    for response in (first, second):
        assert not response.cookies
        assert "cookie" not in response.get("Vary", "").lower()
        assert response["Cache-Control"] == f"public, max-age={page_cache.BROWSER_MAX_AGE}"
        assert response["Content-Language"] == "fr"
        assert "Content-Security-Policy" in response  # added on the way out, hit or miss
    assert second["ETag"] == first["ETag"]


def test_a_browser_revalidates_with_the_etag(client, site_tree):
    etag = client.get("/fr/se-former/")["ETag"]
    response = client.get("/fr/se-former/", headers={"if-none-match": etag})
    assert response.status_code == 304 and not response.content


def test_each_language_is_its_own_page(client, site_tree):
    client.get("/fr/se-former/")
    response = client.get("/es/formarse/")
    assert cached(response) == "miss" and 'lang="es"' in response.content.decode()


def test_publishing_renders_the_page_again(client, site_tree):
    page = site_tree.page["fr"]
    client.get("/fr/se-former/")
    page.title = "Se former près de chez soi"
    page.save_revision().publish()

    response = client.get("/fr/se-former/")
    assert cached(response) == "miss" and "Se former près de chez soi" in response.content.decode()


def test_an_unpublished_or_deleted_page_is_gone_at_once(client, site_tree):
    extra = StandardPageFactory(parent=site_tree.home["fr"], title="Éphémère", slug="ephemere")
    assert client.get("/fr/ephemere/").status_code == 200
    extra.unpublish()
    assert client.get("/fr/ephemere/").status_code == 404

    client.get("/fr/se-former/")
    Page.objects.get(pk=site_tree.page["fr"].pk).delete()
    assert client.get("/fr/se-former/").status_code == 404


def test_a_menu_change_and_a_new_index_render_pages_again(client, site_tree):
    client.get("/fr/se-former/")
    navigation = NavigationSettings.for_site(site_tree.home["fr"].get_site())
    target = StandardPageFactory(parent=site_tree.home["fr"], title="Formations ici", slug="ici")
    MenuItem.objects.create(setting=navigation, page=target)
    response = client.get("/fr/se-former/")
    assert cached(response) == "miss" and "Formations ici" in response.content.decode()

    assert cached(client.get("/fr/se-former/")) == "hit"
    index_written.send(sender=None, label="catalogue", groups=["1"])  # listings read the index
    assert cached(client.get("/fr/se-former/")) == "miss"


def test_a_signed_in_visitor_is_never_served_nor_stored(client, site_tree):
    user = staff(groups=["Editors"])
    signed_in(client, user)
    response = client.get("/fr/se-former/")
    assert cached(response) == ""  # neither served from the cache nor kept

    anonymous = Client().get("/fr/se-former/")
    assert cached(anonymous) == "miss"
    assert user.email not in anonymous.content.decode()


def test_a_page_with_a_form_token_is_not_kept(client, site_tree):
    client.get("/fr/guichet/demande/entreprise/")
    response = client.get("/fr/guichet/demande/entreprise/")
    assert response.status_code == 200 and cached(response) == ""
    assert response.cookies.get("csrftoken") or "csrfmiddlewaretoken" in response.content.decode()


def test_errors_and_other_paths_are_not_kept(client, site_tree):
    client.get("/fr/nulle-part/")
    assert cached(client.get("/fr/nulle-part/")) == ""
    assert cached(client.get("/healthz")) == ""


def test_a_head_request_is_answered_without_a_body(client, site_tree):
    client.get("/fr/se-former/")
    response = client.head("/fr/se-former/")
    assert cached(response) == "hit" and response.content == b""


def test_while_redis_fails_pages_are_rendered_not_kept_per_process(client, monkeypatch):
    """The fallback memory of one process would miss the purges made by the others."""
    from django.core.cache import cache

    client.get("/fr/se-former/")
    monkeypatch.setattr(cache, "redis_available", lambda: False, raising=False)
    response = client.get("/fr/se-former/")
    assert response.status_code == 200 and cached(response) == ""


def test_the_cache_can_be_switched_off(client, site_tree, page_cache_off):
    client.get("/fr/se-former/")
    assert cached(client.get("/fr/se-former/")) == ""


@pytest.mark.parametrize(("hour", "minute", "expected"), [(23, 59, 60), (12, 0, page_cache.TIMEOUT)])
def test_kept_pages_end_at_midnight_when_dates_change_what_pages_show(monkeypatch, hour, minute, expected):
    at = timezone.make_aware(datetime.datetime(2026, 12, 5, hour, minute), timezone.get_default_timezone())
    monkeypatch.setattr(timezone, "localtime", lambda: at)
    assert page_cache._seconds_to_live() == expected
