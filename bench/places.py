"""Places map and open data with N places (default 500) and 100 upcoming events, in a throwaway
SQLite database: latency and SQL queries of the map page (plain, filtered, nearest first), a place,
the CSV and GeoJSON exports, the events listing, against /healthz as the baseline.

Run with `make bench` or `python bench/places.py [N]`.
"""

import datetime
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATABASE = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ.update(
    DJANGO_SETTINGS_MODULE="portail.settings.dev",
    DATABASE_URL=f"sqlite:///{DATABASE}",
    DEBUG="false",
    ALLOWED_HOSTS="testserver",
)
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
HOURS = ["Mo-Fr 09:00-12:00,14:00-17:00; PH off", "Tu-Sa 08:30-16:30", "We 14:00-18:00; Sa 09:00-12:00", ""]


def build(count: int):
    from django.utils import timezone

    from wagtail.models import Locale, Page, Site

    from evenements.models import EventIndexPage, EventPage
    from lieux.enums import AccessMode, Audience, Fee, PlaceKind, Service
    from lieux.models import PlaceMapPage, PlacePage
    from portail.models import Commune, HomePage

    randomiser = random.Random(972)
    french = Locale.get_default()
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    home = root.add_child(instance=HomePage(title="Accueil", slug="accueil", hero_title="x", hero_text="x"))
    Site.objects.create(hostname="testserver", root_page=home, is_default_site=True)
    map_page = home.add_child(instance=PlaceMapPage(title="Tiers-lieux", slug="tiers-lieux", locale=french))
    index = home.add_child(instance=EventIndexPage(title="Événements", slug="evenements", locale=french))
    communes = list(Commune.objects.all())
    places = []
    for number in range(count):
        commune = randomiser.choice(communes)
        place = PlacePage(
            title=f"Lieu {number}",
            slug=f"lieu-{number}",
            locale=french,
            summary="Un lieu de médiation numérique.",
            kinds=randomiser.sample(PlaceKind.values, 2),
            services=randomiser.sample(Service.values, 3),
            audiences=randomiser.sample(Audience.values, randomiser.randint(0, 2)),
            fees=[randomiser.choice(Fee.values)],
            access_modes=randomiser.sample(AccessMode.values, 2),
            address="1 rue Victor Hugo",
            postal_code=commune.postal_codes[0],
            commune=commune,
            latitude=commune.latitude,
            longitude=commune.longitude,
            opening_hours=randomiser.choice(HOURS),
        )
        map_page.add_child(instance=place)
        places.append(place)
    start = timezone.now() + datetime.timedelta(days=1)
    for number in range(100):
        begins = start + datetime.timedelta(hours=7 * number)
        index.add_child(
            instance=EventPage(
                title=f"Atelier {number}",
                slug=f"atelier-{number}",
                locale=french,
                kind="atelier",
                summary="Un atelier.",
                starts_at=begins,
                ends_at=begins + datetime.timedelta(hours=2),
                place=randomiser.choice(places),
                audiences=["tous"],
                capacity=12,
                organiser="CTM",
            )
        )


class QueryCounter(list):
    def __call__(self, execute, sql, params, many, context):
        self.append(sql)
        return execute(sql, params, many, context)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, check=True, capture_output=True
    )

    import django

    django.setup()
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections, connection
    from django.test import Client

    start = time.perf_counter()
    build(count)
    print(f"Built {count} places and 100 events in {time.perf_counter() - start:.1f} s")
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    logging.getLogger("django.request").setLevel(logging.ERROR)
    client = Client()

    def fetch(path):
        response = client.get(path)
        size = len(b"".join(response.streaming_content)) if response.streaming else len(response.content)
        return response.status_code, size

    pages = [
        ("baseline /healthz", "/healthz"),
        (f"map page fr ({count} places)", "/fr/tiers-lieux/"),
        ("map page, filtered (service, free)", "/fr/tiers-lieux/?service=demarches&gratuit=on"),
        ("map page, open now", "/fr/tiers-lieux/?ouvert=on"),
        ("map page, nearest first (commune)", "/fr/tiers-lieux/?pres_de=27"),
        ("a place", "/fr/tiers-lieux/lieu-42/"),
        (f"CSV export ({count} places)", "/api/lieux.csv"),
        (f"GeoJSON export ({count} places)", "/api/lieux.geojson"),
        ("events listing (100 upcoming)", "/fr/evenements/"),
        ("events calendar feed (.ics)", "/fr/evenements/calendrier/"),
    ]
    print(f"{ROUNDS} requests each, Django test client, SQLite, DEBUG off")
    print(
        f"{'page':<40} {'status':>6} {'KB':>6} {'queries':>7} {'mean ms':>8} {'p95 ms':>7} {'× baseline':>10}"
    )
    baseline = None
    for label, path in pages:
        fetch(path)
        queries = QueryCounter()
        with connection.execute_wrapper(queries):
            status, size = fetch(path)
        timings = []
        for _round in range(ROUNDS):
            began = time.perf_counter()
            fetch(path)
            timings.append((time.perf_counter() - began) * 1000)
        mean = statistics.mean(timings)
        baseline = baseline or mean
        p95 = sorted(timings)[min(len(timings) - 1, int(0.95 * len(timings)))]
        print(
            f"{label:<40} {status:>6} {size / 1024:>6.0f} {len(queries):>7} {mean:>8.1f} {p95:>7.1f} "
            f"{mean / baseline:>10.1f}"
        )


if __name__ == "__main__":
    main()
