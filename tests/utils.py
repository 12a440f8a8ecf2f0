import datetime
import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.models import Locale

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def translate(page, language, **fields):
    """Copy a French page into another locale (as wagtail-localize does), set fields, publish."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy.specific.__class__.objects.get(pk=copy.pk)


def sign_in_with_totp(client, user, password="correct horse battery"):
    """Sign a staff member in as they must for the admin: password, then a TOTP code."""
    import time

    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())
    secret = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]
    client.post("/fr/accounts/login/", {"login": user.email, "password": password})
    if (left := 30 - time.time() % 30) < 3:  # the code would change before it is checked
        time.sleep(left + 0.1)
    client.post(
        "/fr/accounts/2fa/authenticate/",
        {"code": format_hotp_value(hotp_value(secret, int(time.time()) // 30))},
    )
    assert client.session.get("_auth_user_id") == str(user.pk), "sign-in with TOTP failed"
    return client


def staff(groups=(), permissions=()):
    """A signed-in-able member of staff with a verified address, in these groups, with these permissions."""
    from allauth.account.models import EmailAddress

    from django.contrib.auth.models import Group, Permission

    from tests.portail.factories import UserFactory

    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.groups.add(*Group.objects.filter(name__in=groups))
    user.user_permissions.add(*Permission.objects.filter(codename__in=permissions))
    return user


def in_martinique(*args) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*args), timezone.get_default_timezone())


def in_language(language: str, message: str, *, escaped: bool = True) -> str:
    """An interface message as a page in `language` shows it (English until translated): HTML-escaped
    as form errors and messages are, or as written (`escaped=False`) as {% translate %} prints it."""
    with translation.override(language):
        text = translation.gettext(message)
    return escape(text) if escaped else text


def signed_in(client, user):
    """The user signed in with password and TOTP, as the partner space and the admin require."""
    return sign_in_with_totp(client, user)


def tables_read(client, path: str):
    """A page's second response (the layout kept by the first) and the table each of its queries
    reads first: what a page costs in queries, and on what."""
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response, [re.search(r' FROM "(\w+)"', query["sql"]).group(1) for query in queries]


def schema_org_data(response) -> dict:
    """The page's schema.org data: its one JSON-LD script."""
    scripts = JSON_LD.findall(response.content.decode())
    assert len(scripts) == 1
    return json.loads(scripts[0])
