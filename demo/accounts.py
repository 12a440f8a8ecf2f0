"""The demo accounts (demo/data/accounts.yaml): created once, printed by load_demo with their TOTP secrets."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from demo.text import read
from portail.models import User


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    role: str
    is_superuser: bool = False
    group: str = ""
    needs_mfa: bool = False
    partner: str = ""  # the slug of the guichet partner whose adviser this is


DEMO_ACCOUNTS = [DemoAccount(**account) for account in read("accounts")["accounts"]]


def demo_accounts_ensure() -> list[tuple[DemoAccount, str]]:
    """Create the demo accounts if needed; return each with its TOTP secret (or "")."""
    result = []
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(email=account.email).first()
        if user is None:
            user = User.objects.create_user(
                account.email,
                account.password,
                is_superuser=account.is_superuser,
                is_staff=account.is_superuser,
            )
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            if account.group:
                user.groups.add(Group.objects.get(name=account.group))
            if account.needs_mfa:
                TOTP.activate(user, generate_totp_secret())
            if account.partner:
                apps.get_model("guichet", "Partner").objects.get(slug=account.partner).members.add(user)
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:  # the admin in French, whatever the public site's language
            profile.preferred_language = settings.LANGUAGE_CODE
            profile.save(update_fields=["preferred_language"])
        result.append((account, demo_totp_secret(user)))
    return result


def demo_totp_secret(user) -> str:
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        return ""
    return get_mfa_adapter().decrypt(authenticator.data["secret"])
