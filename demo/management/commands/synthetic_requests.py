from django.core.management.base import BaseCommand
from django.utils import timezone

from demo.observatory import make_synthetic, remove_synthetic


class Command(BaseCommand):
    help = (
        "Add a year of synthetic guichet requests (references SYN-…, marked « synthétique ») for the "
        "observatory's demo and measurements; --remove deletes them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=None, help="Requests (default: the data file's).")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--remove", action="store_true", help="Delete the synthetic requests.")

    def handle(self, *args, count=None, seed=2026, remove=False, **options):
        if remove:
            self.stdout.write(f"Deleted {remove_synthetic()} synthetic rows.")
            return
        made = make_synthetic(timezone.localdate(), count=count, seed=seed)
        self.stdout.write(f"Added {made} synthetic requests over the last year.")
