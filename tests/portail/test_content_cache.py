"""A content page's main part is rendered once and read from the cache on the next requests, for
every visitor, and rendered again after any change it could show (issue 20, cold pages; ADR 0017).

The page cache is off here: these are the requests it does not answer (someone signed in, a first
view). A change made with `.update()` sends no signal, so seeing it proves a part was rendered again;
not seeing it proves the part was read from the cache.
"""

import re

import pytest

from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from portail.models import StandardPage
from tests.portail.factories import StandardPageFactory
from tests.utils import signed_in, staff

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def quietly_changed(page, intro: str) -> None:
    StandardPage.objects.filter(pk=page.pk).update(intro=intro)


def lead(response) -> str:
    """The page's introduction, in its part (the meta description, outside it, shows it too)."""
    found = re.search(r'<p class="lead"[^>]*>(.*?)</p>', response.content.decode())
    return found.group(1) if found else ""


def link_body(target) -> list:
    link = {"page": target, "url": ""}
    return [("call_to_action", {"title": "Aller plus loin", "text": "", "link_label": "Voir", "link": link})]


def test_the_next_request_reads_the_content_and_its_links_from_the_cache(client, site_tree):
    home = site_tree.home["fr"]
    target = StandardPageFactory(parent=home, title="Financer", slug="financer")
    page = StandardPageFactory(parent=home, slug="guide", intro="Lire", body=link_body(target))
    linked_page_read = f'"wagtailcore_page"."id" IN ({target.pk})'
    with CaptureQueriesContext(connection) as first:
        assert lead(client.get("/fr/guide/")) == "Lire"
    quietly_changed(page, "Changé sans le publier")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/guide/")

    assert lead(response) == "Lire" and 'href="/fr/financer/"' in response.content.decode()
    assert any(linked_page_read in query["sql"] for query in first)
    assert not any(linked_page_read in query["sql"] for query in queries)


def test_publishing_shows_the_new_content(client, site_tree):
    page = site_tree.page["fr"]
    client.get("/fr/se-former/")
    page.intro = "Des formations près de chez vous."
    page.save_revision().publish()

    assert lead(client.get("/fr/se-former/")) == "Des formations près de chez vous."


def test_a_linked_page_moved_elsewhere_is_linked_at_its_new_address(client, site_tree):
    home = site_tree.home["fr"]
    target = StandardPageFactory(parent=home, title="Financer", slug="financer")
    source = StandardPageFactory(parent=home, title="Guide", slug="guide", body=link_body(target))
    assert 'href="/fr/financer/"' in client.get("/fr/guide/").content.decode()

    target.slug = "financer-sa-formation"
    target.save_revision().publish()

    html = client.get(source.url).content.decode()
    assert 'href="/fr/financer-sa-formation/"' in html and 'href="/fr/financer/"' not in html


def test_each_language_has_its_own_content(client, site_tree):
    StandardPageFactory(parent=site_tree.home["fr"], title="Mentions", slug="mentions")  # not translated
    client.get("/fr/mentions/")

    english = client.get("/en/mentions/").content.decode()
    assert '<h1 lang="fr">Mentions</h1>' in english  # shown in French under /en/: marked as French
    assert "<h1>Mentions</h1>" in client.get("/fr/mentions/").content.decode()


def test_a_signed_in_visitor_shares_the_content_and_keeps_their_header(client, site_tree):
    user = staff(groups=["Editors"])
    signed_in(client, user)
    assert "/fr/accounts/logout/" in client.get("/fr/se-former/").content.decode()  # keeps the part
    quietly_changed(site_tree.page["fr"], "Changé sans le publier")

    anonymous = Client().get("/fr/se-former/")

    assert lead(anonymous) == "Trouvez une formation.", "read from the part the signed-in request kept"
    assert "/fr/accounts/logout/" not in anonymous.content.decode()
    assert user.email not in anonymous.content.decode()


def test_a_preview_shows_the_draft_and_keeps_nothing(client, site_tree):
    page = StandardPage.objects.get(pk=site_tree.page["fr"].pk)
    client.get("/fr/se-former/")
    page.intro = "Brouillon en relecture"

    preview = page.make_preview_request().content.decode()

    assert '<p class="lead">Brouillon en relecture</p>' in preview
    assert lead(client.get("/fr/se-former/")) == "Trouvez une formation."


def test_an_image_changed_renders_the_content_again(client, site_tree):
    image = Image.objects.create(title="Tiers-lieu", file=get_test_image_file())
    client.get("/fr/se-former/")
    quietly_changed(site_tree.page["fr"], "Rendu de nouveau")

    image.title = "Tiers-lieu du Lorrain"
    image.save()

    assert lead(client.get("/fr/se-former/")) == "Rendu de nouveau"


def test_a_release_with_other_static_files_renders_the_content_again(client, site_tree, monkeypatch):
    client.get("/fr/se-former/")
    quietly_changed(site_tree.page["fr"], "Rendu de nouveau")

    monkeypatch.setattr(staticfiles_storage, "manifest_hash", "a-new-release", raising=False)

    assert lead(client.get("/fr/se-former/")) == "Rendu de nouveau"


def test_while_redis_fails_the_content_is_rendered_not_kept_per_process(client, site_tree, monkeypatch):
    """The fallback memory of one process would miss the purges made by the others."""
    client.get("/fr/se-former/")
    monkeypatch.setattr(cache, "redis_available", lambda: False, raising=False)
    quietly_changed(site_tree.page["fr"], "Rendu de nouveau")

    assert lead(client.get("/fr/se-former/")) == "Rendu de nouveau"


def test_a_part_holding_a_form_token_is_never_kept(site_tree, client):
    client.get("/fr/")  # the content version
    template = Template(
        "{% load content_cache %}{% page_content %}"
        '<input type="hidden" name="csrfmiddlewaretoken" value="{{ token }}">{% endpage_content %}'
    )
    request = RequestFactory().get("/fr/se-former/")
    page = site_tree.page["fr"]

    first = template.render(Context({"request": request, "page": page, "token": "one"}))
    second = template.render(Context({"request": request, "page": page, "token": "two"}))

    assert 'value="one"' in first and 'value="two"' in second
