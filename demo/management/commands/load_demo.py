from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.accounts import demo_accounts_ensure
from demo.loader import LOADERS
from portail import jobs
from search import indexing


class Command(BaseCommand):
    help = "Load the demo site (pages in French, English and Spanish, navigation) and demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Load even when DEBUG is off.")

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "The demo creates accounts whose passwords are public: it only runs with DEBUG on "
                "(or with --force on a throwaway database)."
            )
        accounts = demo_accounts_ensure()  # first: the guichet's demo requests are handled by its advisers
        # The demo is history: no receipts or notices to send, and the index is rebuilt once at the
        # end (search's loader), so the worker starts with no backlog.
        with jobs.discarded(), indexing.paused():
            for app, demo_load in LOADERS:
                state = "loaded" if demo_load() else "already present: left as it is"
                self.stdout.write(f"Demo content ({app}) {state}.")
        self.stdout.write(
            f"\nSite: {settings.SITE_URL}/   Administration: {settings.SITE_URL}/admin/   "
            f"Partner space: {settings.SITE_URL}/espace-partenaire/\n"
        )
        self.stdout.write("Demo accounts (e-mail / password / role):")
        for account, _secret in accounts:
            self.stdout.write(f"  {account.email:<46} {account.password:<18} {account.role}")
        self.stdout.write(
            "\nThe administrator, the editor and the advisers sign in with a TOTP code (two-factor "
            "authentication is required for the admin and the partner space).\n"
            "Add these secrets to an authenticator app, or run `make totp` to print the current codes:"
        )
        for account, secret in accounts:
            if secret:
                self.stdout.write(f"  {account.email:<46} {secret}")
