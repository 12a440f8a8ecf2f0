"""Sessions that reach personal data end after STAFF_SESSION_IDLE_MINUTES without activity."""

import pytest

from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from portail.middleware import LAST_ACTIVITY
from tests.portail.factories import UserFactory
from tests.utils import sign_in_with_totp

pytestmark = pytest.mark.django_db


def idle(client, minutes):
    """Pretend the session's last request was `minutes` earlier."""
    session = client.session
    session[LAST_ACTIVITY] -= minutes * 60
    session.save()


def test_an_editor_idle_for_thirty_minutes_is_signed_out_with_a_message(client, site_tree, editor):
    sign_in_with_totp(client, editor)
    assert client.get("/admin/").status_code == 200
    idle(client, 31)

    response = client.get("/admin/pages/")

    with translation.override("fr"):
        assert response["Location"] == f"{reverse('account_login')}?next=/admin/pages/"
    assert "_auth_user_id" not in client.session
    page = client.get(response["Location"]).content.decode()
    assert "Votre session a été fermée après 30 minutes sans activité." in page


def test_activity_within_the_timeout_keeps_the_editor_signed_in(client, site_tree, editor):
    sign_in_with_totp(client, editor)
    idle(client, 29)

    assert client.get("/admin/").status_code == 200
    idle(client, 29)  # counted from the last request, not from the sign-in
    assert client.get("/admin/pages/").status_code == 200


def test_the_clock_starts_at_sign_in_not_when_the_admin_is_first_opened(client, site_tree, editor):
    sign_in_with_totp(client, editor)
    client.get("/fr/")
    idle(client, 31)

    assert client.get("/admin/")["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session


def test_the_page_editors_background_ping_is_not_activity(client, site_tree, editor):
    sign_in_with_totp(client, editor)
    idle(client, 20)
    before = client.session[LAST_ACTIVITY]

    client.post("/admin/editing-sessions/ping/wagtailcore/page/1/1/")

    assert client.session[LAST_ACTIVITY] == before


@override_settings(STAFF_SESSION_IDLE_MINUTES=5)
def test_the_timeout_is_a_setting(client, site_tree, editor):
    sign_in_with_totp(client, editor)
    idle(client, 6)

    client.get("/admin/")

    assert "_auth_user_id" not in client.session


def test_a_public_visitors_session_is_not_watched(client, site_tree):
    client.force_login(UserFactory())

    client.get("/fr/")

    assert LAST_ACTIVITY not in client.session
    assert client.session["_auth_user_id"]
