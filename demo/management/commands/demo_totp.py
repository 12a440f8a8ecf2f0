import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from django.core.management.base import BaseCommand

from demo.accounts import DEMO_ACCOUNTS, demo_totp_secret
from portail.models import User


class Command(BaseCommand):
    help = "Print the current TOTP codes of the demo accounts (development only)."

    def handle(self, *args, **options):
        counter = int(time.time()) // app_settings.TOTP_PERIOD
        for user in User.objects.filter(email__in=[account.email for account in DEMO_ACCOUNTS]):
            secret = demo_totp_secret(user)
            if secret:
                self.stdout.write(f"{user.email:<46} {format_hotp_value(hotp_value(secret, counter))}")
