"""Sign-in throttling: growing waits per address and per (address, account), never a lock-out."""

import time

import pytest

from django.test import RequestFactory
from django.utils import translation
from django.utils.html import escape

from portail import signin
from tests.portail.factories import UserFactory
from tests.utils import sign_in_with_totp, staff

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
ATTACKER = "203.0.113.66"


class Clock:
    def __init__(self):
        self.now = time.time()

    def time(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(signin, "time", clock)
    return clock


def attempt(client, email, password="wrong password", address=ATTACKER, language="en"):
    return client.post(
        f"/{language}/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=address
    )


def refused(response, seconds):
    """The English page says to wait this long."""
    with translation.override("en"):
        return escape(signin.wait_message(seconds)) in response.content.decode()


def test_the_owner_signs_in_with_totp_after_30_failures_from_another_address(client, site_tree, clock):
    owner = staff(groups=["Editors"])
    attacker = type(client)()
    for _ in range(30):  # allauth allows 30 sign-in forms a minute per address
        clock.advance(signin.MAX_DELAY)  # every attempt is a real failure, none refused early
        attempt(attacker, owner.email)
    assert signin.wait_seconds(RequestFactory().post("/", REMOTE_ADDR=ATTACKER), owner.email) == 900

    sign_in_with_totp(client, owner, PASSWORD)

    assert client.get("/admin/").status_code == 200


def test_an_address_trying_many_accounts_gets_growing_waits(client, site_tree, clock):
    for number in range(signin.FREE_FAILURES["address"]):
        assert not refused(attempt(client, f"guess{number}@example.org"), 2)

    for wait in (2, 4, 8):  # 29 forms in all: allauth allows 30 a minute per address
        attempt(client, f"guess-{wait}@example.org")  # one more failure: the wait doubles
        assert refused(attempt(client, "someone@example.org"), wait)
        clock.advance(wait - 1)
        assert refused(attempt(client, "someone@example.org"), 1)
        clock.advance(1)


def test_one_account_from_one_address_waits_after_three_failures_even_with_the_right_password(
    client, site_tree, clock
):
    user = staff()
    for _ in range(3):
        assert not refused(attempt(client, user.email), 2)
    attempt(client, user.email)

    assert refused(attempt(client, user.email, PASSWORD), 2)
    assert "_auth_user_id" not in client.session
    assert not refused(attempt(client, user.email, address="198.51.100.7"), 2)  # other addresses


def test_a_successful_sign_in_clears_the_address_and_account_counter(client, site_tree, clock):
    user = staff()
    for wait in (0, 0, 0, 2, 4):
        attempt(client, user.email)
        clock.advance(wait)

    attempt(client, user.email, PASSWORD)  # allauth alone would refuse it: 5 failures lock the account
    assert client.session["_auth_user_id"] == str(user.pk)
    client.logout()

    for _ in range(3):  # three free failures again
        assert not refused(attempt(client, user.email), 2)


def test_the_wait_is_told_in_the_visitors_language(client, site_tree, clock):
    user = UserFactory()
    for _ in range(4):
        attempt(client, user.email, language="fr")

    response = attempt(client, user.email, language="fr")

    assert "Trop de tentatives de connexion échouées. Réessayez dans 2 secondes." in response.content.decode()
    with translation.override("es"):
        assert signin.wait_message(15 * 60) == (
            "Demasiados intentos de inicio de sesión fallidos. Vuelva a intentarlo dentro de 15 minutos."
        )
    with translation.override("fr"):
        assert signin.wait_message(61) == (
            "Trop de tentatives de connexion échouées. Réessayez dans 2 minutes."
        )


@pytest.mark.parametrize(
    ("failures", "seconds"), [(0, 0), (3, 0), (4, 2), (5, 4), (6, 8), (13, 900), (10**6, 900)]
)
def test_the_delay_doubles_after_the_free_failures_up_to_fifteen_minutes(failures, seconds):
    assert signin.delay(failures, free=3) == seconds
