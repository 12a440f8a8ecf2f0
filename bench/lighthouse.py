"""Lighthouse on the demo site served as in production: prints the four scores of each key page, then the
audits that cost points wherever a score is under 95.

The demo is loaded into a throwaway SQLite database, the static files collected (WhiteNoise, compressed
and hashed), and gunicorn serves `portail.settings.production` (DEBUG off) on localhost. Lighthouse
(npm, pinned) runs headless in Debian's Chromium with its mobile defaults (emulated phone, simulated
slow 4G). Needs Node (npx) and /usr/bin/chromium.

Run with `.venv/bin/python -m bench.lighthouse [page name…]`; LIGHTHOUSE_JSON=folder keeps the reports.
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = "lighthouse@12.2.3"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGET = 95
WORK = Path(tempfile.mkdtemp(prefix="lighthouse-"))
ENV = {
    **os.environ,
    "DATABASE_URL": f"sqlite:///{WORK / 'demo.sqlite3'}",
    "STATIC_ROOT": str(WORK / "static"),
    "MEDIA_ROOT": str(WORK / "media"),
    "PRIVATE_MEDIA_ROOT": str(WORK / "private"),
    "SECRET_KEY": "lighthouse-throwaway-key-5d1c9e7a3b8f2d6c4a0e9f7b5d3c1a8e",
    "ALLOWED_HOSTS": "localhost,127.0.0.1",
    "SECURE_SSL_REDIRECT": "false",  # plain HTTP on localhost, which browsers treat as secure
    "PAGE_CACHE": "false",  # every page rendered, as for the first visitor
    "PYTHONDONTWRITEBYTECODE": "1",
}
PAGES = {  # name: path (the programme's is found in the demo)
    "home": "/fr/",
    "catalogue": "/fr/formations/",
    "programme": None,
    "search": "/fr/recherche/?q=num%C3%A9rique",
    "funding guide": "/fr/financements/",
    "finder": "/fr/financements/trouver/",
    "guichet step 1": "/fr/guichet/demande/entreprise/",
    "map": "/fr/tiers-lieux/",
    "events": "/fr/evenements/",
    "label directory": "/fr/label/",
}


def manage(*command, settings="portail.settings.dev"):
    env = {**ENV, "DJANGO_SETTINGS_MODULE": settings}
    command = [sys.executable, "manage.py", *command]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)


def programme_path() -> str:
    code = "from demo.catalogue import demo_programme_path; print(demo_programme_path(3, 'fr'))"
    env = {**ENV, "DJANGO_SETTINGS_MODULE": "portail.settings.dev"}
    command = [sys.executable, "-c", f"import django; django.setup(); {code}"]
    found = subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return found.stdout.strip()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(port: int) -> subprocess.Popen:
    env = {**ENV, "DJANGO_SETTINGS_MODULE": "portail.settings.production"}
    command = [sys.executable, "-m", "gunicorn", "portail.wsgi", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen([*command, "--workers", "2", "--log-level", "warning"], cwd=ROOT, env=env)
    for _attempt in range(60):
        try:
            urllib.request.urlopen(f"http://localhost:{port}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("gunicorn did not answer /healthz within 30 seconds")


def lighthouse(url: str, report: Path) -> dict:
    command = [
        "npx",
        "--yes",
        LIGHTHOUSE,
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless --no-sandbox",
    ]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    for attempt in (1, 2):
        run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        if not run.returncode:
            return json.loads(report.read_text())
        # Chrome's trace sometimes misses the navigation start: a glitch of the recording, not of the page.
        if "NO_NAVSTART" not in run.stderr or attempt == 2:
            sys.exit(f"Lighthouse failed on {url} (exit {run.returncode}):\n{run.stderr[-2000:]}")
        print(f"  {url}: Lighthouse lost the trace (NO_NAVSTART), measuring again", flush=True)


def scores(result: dict) -> dict:
    return {name: round(100 * (result["categories"][name]["score"] or 0)) for name in CATEGORIES}


def losing_audits(result: dict, category: str) -> list[str]:
    """The audits of a category that count and did not pass, heaviest first."""
    found = []
    for ref in sorted(result["categories"][category]["auditRefs"], key=lambda ref: -ref["weight"]):
        audit = result["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
            found.append(f"{audit['id']}: {audit['title']}{value}")
    return found


def main(names: list[str]) -> int:
    print(f"Demo database and static files in {WORK}…", flush=True)
    manage("migrate", "--noinput")
    manage("load_demo", "--force")
    manage("collectstatic", "--noinput", settings="portail.settings.production")
    PAGES["programme"] = programme_path()
    port = free_port()
    server = serve(port)
    reports = Path(os.environ.get("LIGHTHOUSE_JSON") or WORK)
    reports.mkdir(parents=True, exist_ok=True)
    results = {}
    try:
        for name, path in PAGES.items():
            if names and name not in names:
                continue
            print(f"  {name}: {path}", flush=True)
            results[name] = lighthouse(f"http://localhost:{port}{path}", reports / f"{name}.json")
    finally:
        server.terminate()
        server.wait(timeout=30)

    header = f"{'page':<18}" + "".join(f"{name:>16}" for name in CATEGORIES)
    print(f"\n{LIGHTHOUSE}, mobile, headless Chromium\n{header}\n{'-' * len(header)}")
    for name, result in results.items():
        print(f"{name:<18}" + "".join(f"{score:>16}" for score in scores(result).values()))
    below = 0
    for name, result in results.items():
        for category, score in scores(result).items():
            if score < TARGET:
                below += 1
                print(f"\n{name} — {category} {score} < {TARGET}:")
                for line in losing_audits(result, category):
                    print(f"  - {line}")
    print(f"\nReports: {reports}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
