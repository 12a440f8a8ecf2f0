from io import StringIO

import pytest

from django.core.management import CommandError, call_command

from wagtail.models import Page

from portail.demo import content
from portail.demo.loader import DEMO_ACCOUNTS
from portail.demo.text import T
from portail.models import HomePage, NavigationSettings, StandardPage, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", "--force", stdout=StringIO())


def test_demo_tree_is_published_in_french_english_and_spanish(demo):
    for language in ("fr", "en", "es"):
        assert HomePage.objects.live().filter(locale__language_code=language).count() == 1
        home = HomePage.objects.get(locale__language_code=language)
        assert Page.objects.child_of(home).live().count() == len(content.PAGES)


def test_translated_pages_carry_the_translated_text(client, demo):
    training = next(page for page in content.PAGES if page["key"] == "formations")
    for language in ("fr", "en", "es"):
        response = client.get(f"/{language}/{getattr(training['slug'], language)}/")
        html = response.content.decode()
        assert response.status_code == 200
        assert f"<h1>{getattr(training['title'], language)}</h1>" in html.replace("&#x27;", "'")


def test_every_demo_page_renders_in_every_language(client, demo):
    for page in Page.objects.live().type(StandardPage, HomePage):
        assert client.get(page.url).status_code == 200, page.url


def test_menu_and_footer_are_filled(demo):
    navigation = NavigationSettings.objects.get()
    assert navigation.menu_items.count() == sum(1 for page in content.PAGES if page.get("menu"))
    assert navigation.footer_links.count() == sum(1 for page in content.PAGES if page.get("footer"))


def test_loading_twice_changes_nothing(demo):
    before = Page.objects.count(), User.objects.count()
    call_command("load_demo", "--force", stdout=StringIO())
    assert (Page.objects.count(), User.objects.count()) == before


def test_demo_accounts_exist_and_staff_have_two_factor(demo):
    from allauth.mfa.utils import is_mfa_enabled

    for account in DEMO_ACCOUNTS:
        user = User.objects.get(email=account.email)
        assert user.check_password(account.password)
        assert is_mfa_enabled(user) == account.needs_mfa


def test_plain_text_is_matched_as_wagtail_localize_exports_it():
    assert T(fr="Up & Space", en="Up & Space", es="Up & Space").segments() == [("Up &amp; Space",) * 3]


def test_the_demo_refuses_to_run_without_debug_unless_forced(db):
    with pytest.raises(CommandError, match="only runs with DEBUG on"):
        call_command("load_demo", stdout=StringIO())
    assert not HomePage.objects.exists()
