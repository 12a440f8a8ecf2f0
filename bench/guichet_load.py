"""Load on the guichet: N requests (default 200) sent through the whole form by C concurrent clients
(default 20) against a running server (gunicorn, 4 workers), each client also re-sending its last
step once (a double click). Prints throughput and latency, then checks the database: every request
stored, none duplicated.

Uses PostgreSQL when BENCH_DATABASE_URL is set (e.g. postgres://postgres@127.0.0.1:5432/portail_bench,
created if missing), else a SQLite file. Run with `make bench` or `python bench/guichet_load.py [N] [C]`.
"""

import http.cookiejar
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATABASE_URL = (
    os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{Path(tempfile.mkdtemp()) / 'load.sqlite3'}"
)
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "portail.settings.bench",
    "DATABASE_URL": DATABASE_URL,
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONWARNINGS": "ignore::RuntimeWarning",  # the captcha's test-mode warning, expected here
}
COMMUNES = ["Le Lorrain", "97200", "Sainte-Luce", "Schœlcher", "Le François", "Basse-Pointe", "97232"]
SECTORS = ["commerce", "artisanat", "services", "agriculture", "liberal", "industrie", "associatif"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Client:
    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=60) as response:
            return response.read().decode()

    def post(self, path, data):
        token = next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True).encode()
        request = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + path})
        with self.opener.open(request, timeout=60) as response:
            return response.geturl(), response.read().decode()


def send_one(base, number, timings, errors):
    client = Client(base)
    try:
        client.get("/fr/guichet/demande/entreprise/")
        steps = [
            ("entreprise", {"being_created": "on", "company_name": f"Entreprise {number}",
                            "sector": SECTORS[number % len(SECTORS)], "headcount": str(number % 30),
                            "commune": COMMUNES[number % len(COMMUNES)]}),
            ("besoins", {"needs": ["site-web", "financement"], "description": "Test de charge."}),
            ("contact", {"contact_name": f"Contact {number}", "email": f"charge{number}@example.org",
                         "preferred_channel": "email", "language": "fr"}),
        ]  # fmt: skip
        for step, data in steps:
            client.post(f"/fr/guichet/demande/{step}/", data)
        final = {"consent": "on", "website": "", "captcha_0": "x", "captcha_1": "PASSED"}
        started = time.perf_counter()
        url, _page = client.post("/fr/guichet/demande/verifier/", final)
        timings.append(time.perf_counter() - started)
        if "/guichet/suivi/" not in url:
            errors.append(f"{number}: ended on {url}")
        client.post("/fr/guichet/demande/verifier/", final)  # a double click: must not store a second one
    except Exception as error:
        errors.append(f"{number}: {error!r}")


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    if DATABASE_URL.startswith("postgres"):
        name = urllib.parse.urlparse(DATABASE_URL).path.lstrip("/")
        admin = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
        subprocess.run(
            ["psql", admin, "-c", f"DROP DATABASE IF EXISTS {name}"], capture_output=True, check=False
        )
        subprocess.run(["psql", admin, "-c", f"CREATE DATABASE {name}"], capture_output=True, check=False)
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=ENV, check=True, capture_output=True
    )
    port = free_port()
    server = subprocess.Popen(
        [str(Path(python).parent / "gunicorn"), "portail.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "4", "--log-level", "warning"],
        cwd=ROOT, env=ENV,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        timings, errors, threads = [], [], []
        started = time.perf_counter()
        numbers = iter(range(total))
        lock = threading.Lock()

        def worker():
            while True:
                with lock:
                    number = next(numbers, None)
                if number is None:
                    return
                send_one(base, number, timings, errors)

        for _ in range(concurrency):
            thread = threading.Thread(target=worker)
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait()
    count = (
        "from guichet.models import AccompanimentRequest as A; from django.db.models import Count; "
        "print(A.objects.count(), A.objects.values('email').annotate(n=Count('id')).filter(n__gt=1).count())"
    )
    shell = [python, "manage.py", "shell", "--no-imports", "-c", count]
    stored = subprocess.run(
        shell, cwd=ROOT, env=ENV, check=True, capture_output=True, text=True
    ).stdout.split()
    ordered = sorted(timings)
    engine = "PostgreSQL" if DATABASE_URL.startswith("postgres") else "SQLite"
    print(f"Guichet load: {total} requests, {concurrency} concurrent clients, gunicorn 4 workers, {engine}")
    rate = total / elapsed
    print(f"  whole run {elapsed:.1f} s, {rate:.1f} requests/s (each: 1 page, 5 posts and their pages)")
    if ordered:
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        print(f"  final submit: median {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    print(f"  stored {stored[0]} of {total}, duplicated {stored[1]}, errors {len(errors)}")
    for error in errors[:5]:
        print("   ", error)
    if errors or int(stored[0]) != total or int(stored[1]):
        sys.exit(1)


if __name__ == "__main__":
    main()
