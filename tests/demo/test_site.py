from io import StringIO

import pytest
from allauth.mfa.utils import is_mfa_enabled
from django_q.conf import Conf
from django_q.models import OrmQ

from django.core.management import CommandError, call_command

from wagtail.models import Page

from catalogue.models import CatalogueIndexPage
from demo import site as content
from demo.accounts import DEMO_ACCOUNTS
from demo.text import T
from portail.models import HomePage, NavigationSettings, StandardPage, User
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def test_the_demo_site(client, db, monkeypatch):
    """One load of the demo (it takes seconds), then everything a newcomer relies on."""
    monkeypatch.setattr(Conf, "SYNC", False)  # jobs go to the real (database) queue
    call_command("load_demo", "--force", stdout=StringIO())
    assert OrmQ.objects.count() == 0  # the worker starts with no backlog: the index is already built
    assert SearchEntry.objects.filter(type="financement", locale="es").exists()

    for language in ("fr", "en", "es"):  # the French tree is translated and published
        home = HomePage.objects.live().get(locale__language_code=language)
        pages = Page.objects.child_of(home).live()
        assert pages.not_type(CatalogueIndexPage).count() == len(content.PAGES)
        assert pages.type(CatalogueIndexPage).count() == 1  # added by the catalogue's demo

    training = next(page for page in content.PAGES if page["key"] == "formations")
    for language in ("fr", "en", "es"):  # with the translated text
        html = client.get(f"/{language}/{getattr(training['slug'], language)}/").content.decode()
        assert f"<h1>{getattr(training['title'], language)}</h1>" in html.replace("&#x27;", "'")

    for page in Page.objects.live().type(StandardPage, HomePage):
        assert client.get(page.url).status_code == 200, page.url

    navigation = NavigationSettings.objects.get()
    # the catalogue takes the menu place of the "learn" page
    assert navigation.menu_items.count() == sum(1 for page in content.PAGES if page.get("menu"))
    assert navigation.menu_items.filter(page__slug="formations").exists()
    assert navigation.footer_links.count() == sum(1 for page in content.PAGES if page.get("footer"))

    for account in DEMO_ACCOUNTS:  # accounts work; staff have two-factor authentication
        user = User.objects.get(email=account.email)
        assert user.check_password(account.password)
        assert is_mfa_enabled(user) == account.needs_mfa

    before = Page.objects.count(), User.objects.count()  # loading again changes nothing
    call_command("load_demo", "--force", stdout=StringIO())
    assert (Page.objects.count(), User.objects.count()) == before


def test_plain_text_is_matched_as_wagtail_localize_exports_it():
    assert T(fr="Up & Space", en="Up & Space", es="Up & Space").segments() == [("Up &amp; Space",) * 3]


def test_the_demo_refuses_to_run_without_debug_unless_forced(db):
    with pytest.raises(CommandError, match="only runs with DEBUG on"):
        call_command("load_demo", stdout=StringIO())
    assert not HomePage.objects.exists()
