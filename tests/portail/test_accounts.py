import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from django.contrib.auth.models import Group
from django.core import mail
from django.db import IntegrityError

from portail.models import User
from tests.portail.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def signup(client, language="fr", **overrides):
    data = {
        "email": "lea.marie@example.org",
        "password1": "Zouk-Lorrain-2026",
        "password2": "Zouk-Lorrain-2026",
        "captcha_0": "anything",
        "captcha_1": "PASSED",
        **overrides,
    }
    return client.post(f"/{language}/accounts/signup/", data)


def verified_user(**kwargs):
    user = UserFactory(**kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_signup_creates_an_account_and_sends_a_verification_email_in_french(client, site_tree):
    response = signup(client)

    assert response.status_code == 302
    user = User.objects.get(email="lea.marie@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "[Portail numérique] Confirmez votre adresse e-mail"
    assert "/fr/accounts/confirm-email/" in mail.outbox[0].body


def test_signup_with_a_wrong_captcha_keeps_what_was_typed(client, site_tree):
    response = signup(client, language="en", captcha_1="WRONG")

    html = response.content.decode()
    assert response.status_code == 200
    assert not User.objects.exists()
    assert 'value="lea.marie@example.org"' in html
    assert "Invalid CAPTCHA" in html


def test_signup_twice_with_the_same_address_creates_one_account(client, site_tree):
    signup(client)
    client.logout()
    signup(client)

    assert User.objects.filter(email="lea.marie@example.org").count() == 1


def test_an_unverified_address_cannot_sign_in(client, site_tree):
    user = UserFactory()

    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session


def test_a_verified_person_signs_in_with_email_and_password(client, site_tree):
    user = verified_user()

    response = client.post("/fr/accounts/login/", {"login": user.email, "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_password_reset_sends_a_link(client, site_tree):
    user = verified_user()

    client.post("/es/accounts/password/reset/", {"email": user.email})

    assert len(mail.outbox) == 1
    assert re.search(r"/es/accounts/password/reset/key/\S+", mail.outbox[0].body)


def test_account_pages_are_translated(client, site_tree):
    assert "Connexion" in client.get("/fr/accounts/login/").content.decode()
    assert "Iniciar sesión" in client.get("/es/accounts/login/").content.decode()


def test_admin_access_requires_two_factor_authentication(client, site_tree):
    editor = verified_user()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")

    TOTP.activate(editor, generate_totp_secret())
    response = client.get("/admin/pages/")
    assert response.status_code == 302  # TOTP exists but this session has not used it
    assert response["Location"] == "/fr/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fpages%2F"


def totp_code(user):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    secret = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_staff_sign_in_with_password_then_totp_code(client, site_tree):
    editor = verified_user()
    editor.groups.add(Group.objects.get(name="Editors"))
    TOTP.activate(editor, generate_totp_secret())

    response = client.post("/fr/accounts/login/", {"login": editor.email, "password": PASSWORD})
    assert response["Location"] == "/fr/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session  # the password alone signs no one in
    assert client.get("/admin/")["Location"].startswith("/fr/accounts/login/")

    response = client.post("/fr/accounts/2fa/authenticate/", {"code": "000000"})
    assert "_auth_user_id" not in client.session

    client.post("/fr/accounts/2fa/authenticate/", {"code": totp_code(editor)})
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_account_screens_lead_to_two_factor_and_password(client, site_tree):
    user = verified_user()
    client.post("/es/accounts/login/", {"login": user.email, "password": PASSWORD})

    html = client.get("/es/accounts/email/").content.decode()

    assert '<nav class="account-menu" aria-label="Ajustes de la cuenta">' in html
    assert 'href="/es/accounts/2fa/"' in html and 'href="/es/accounts/password/change/"' in html


def test_people_without_admin_access_are_not_asked_for_two_factor(client, site_tree):
    client.force_login(verified_user())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "2fa" not in response["Location"]


def test_the_wagtail_login_form_is_replaced_by_the_account_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/?next=/admin/pages/")


def test_two_factor_is_offered_to_everyone(client, site_tree):
    user = verified_user()
    client.post("/fr/accounts/login/", {"login": user.email, "password": PASSWORD})

    response = client.get("/fr/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/fr/accounts/reauthenticate/")  # confirm the password first
    client.post(response["Location"], {"password": PASSWORD})

    response = client.get("/fr/accounts/2fa/totp/activate/")
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_an_email_address_belongs_to_one_account_whatever_its_case():
    User.objects.create_user("someone@example.org", "pw")
    with pytest.raises(IntegrityError):
        User.objects.create_user("Someone@example.org", "pw")


def test_editors_can_edit_the_menu_and_footer(client, site_tree):
    editor = verified_user()
    editor.groups.add(Group.objects.get(name="Editors"))
    TOTP.activate(editor, generate_totp_secret())
    client.post("/fr/accounts/login/", {"login": editor.email, "password": PASSWORD})
    client.post("/fr/accounts/2fa/authenticate/", {"code": totp_code(editor)})
    site = site_tree.home["fr"].get_site()

    response = client.get(f"/admin/settings/portail/navigationsettings/{site.pk}/")

    assert response.status_code == 200
    assert "menu_items-TOTAL_FORMS" in response.content.decode()
