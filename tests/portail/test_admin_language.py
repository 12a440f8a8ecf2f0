"""The admin speaks the account's language, French when none is set: never the public site's cookie."""

import re

import pytest

from django.conf import settings

from wagtail.users.models import UserProfile

from demo.accounts import DEMO_ACCOUNTS, demo_accounts_ensure
from portail.models import User
from tests.utils import signed_in, staff

pytestmark = pytest.mark.django_db


def admin_language(client, **headers) -> str:
    html = client.get("/admin/", headers=headers).content.decode()
    return re.search(r'<html lang="([a-z-]+)"', html)[1]


@pytest.fixture
def editor_client(client, site_tree):
    user = staff(groups=["Editors"])
    return signed_in(client, user), user


def test_reading_the_public_site_in_english_leaves_the_admin_in_french(editor_client):
    client, _user = editor_client
    assert client.get("/en/").status_code == 200
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # as the public page's script writes it

    assert admin_language(client) == "fr"
    assert admin_language(client, accept_language="es") == "fr"


def test_the_admin_speaks_the_language_chosen_in_the_account(editor_client):
    client, user = editor_client
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client.get("/es/")

    assert admin_language(client) == "en"


def test_demo_accounts_have_the_admin_in_french():
    demo_accounts_ensure()

    users = User.objects.filter(email__in=[account.email for account in DEMO_ACCOUNTS])
    assert users.count() == len(DEMO_ACCOUNTS)
    assert {UserProfile.get_for_user(user).preferred_language for user in users} == {"fr"}
