"""Benchmarks with printed figures: page latency and SQL queries against a baseline in the same run.

Baseline: /healthz (the whole middleware stack plus one SQL query). Each page's mean time is also
given as a ratio of the baseline, which keeps the figures comparable across machines.
Run with `make bench`. It builds a throwaway SQLite database with the demo content.
"""

import logging
import os
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
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
PAGES = [
    ("baseline /healthz", "/healthz"),
    ("home fr", "/fr/"),
    ("home es", "/es/"),
    ("standard page fr (table, FAQ)", "/fr/se-former/"),
    ("standard page en", "/en/training/"),
    ("funding guide fr (15 schemes)", "/fr/financements/"),
    ("funding guide es (filtered)", "/es/financiacion/?aide=subvention"),
    (
        "finder results fr",
        "/fr/financements/trouver/?beneficiaire=tpe&secteur=commerce&commune=97214&projet=site-web",
    ),
    ("eligibility API", "/api/financements/eligibilite/?beneficiaire=tpe&secteur=commerce&commune=97214"),
    ("training catalogue fr (110 programmes)", "/fr/formations/"),
    ("training catalogue es (filtered, page 2)", "/es/cursos/?niveau=5&niveau=6&page=2"),
    (
        "training programme en (sessions, JSON-LD)",
        "/en/courses/bts-information-systems-management-isca-business-school/",
    ),
    ("training provider fr", "/fr/formations/organismes/isca-business-school/"),
    ("LHEO export (110 programmes)", "/api/catalogue/lheo.xml"),
    ("sign in", "/fr/accounts/login/"),
    ("404", "/fr/nulle-part/"),
]


def main():
    for command in (["migrate", "--noinput"], ["load_demo", "--force"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, check=True, capture_output=True)

    import django

    django.setup()
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections, connection

    # Keep one connection open (as with CONN_MAX_AGE) so that queries can be counted.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    logging.getLogger("django.request").setLevel(logging.ERROR)
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from portail.selectors import commune_lookup

    client = Client()

    def fetch(path):
        response = client.get(path)
        if response.streaming:  # the export is written as it is read
            b"".join(response.streaming_content)
        return response

    rows = []
    for label, path in PAGES:
        fetch(path)  # warm caches, as a running server would be
        with CaptureQueriesContext(connection) as queries:
            status = fetch(path).status_code
        query_count = len(queries)
        timings = []
        for _round in range(ROUNDS):
            start = time.perf_counter()
            fetch(path)
            timings.append((time.perf_counter() - start) * 1000)
        rows.append((label, path, status, query_count, statistics.mean(timings), quantile(timings, 0.95)))

    baseline = rows[0][4]
    print(f"Pages: {ROUNDS} requests each, Django test client, SQLite, DEBUG off")
    print(f"{'page':<44} {'status':>6} {'queries':>7} {'mean ms':>8} {'p95 ms':>7} {'× baseline':>10}")
    for label, _path, status, count, mean, p95 in rows:
        print(f"{label:<44} {status:>6} {count:>7} {mean:>8.2f} {p95:>7.2f} {mean / baseline:>10.1f}")

    names = ["Fort-de-France", "ste luce", "L AJOUPA BOUILLON", "97214", "Grand Riviere", "trois ilets"]
    start = time.perf_counter()
    for _round in range(ROUNDS):
        for name in names:
            commune_lookup(name)
    per_lookup = (time.perf_counter() - start) * 1000 / (ROUNDS * len(names))
    print(f"\ncommune_lookup: {per_lookup:.3f} ms per lookup ({ROUNDS * len(names)} lookups, 1 query each)")


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


if __name__ == "__main__":
    main()
