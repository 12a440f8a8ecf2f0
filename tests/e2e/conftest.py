"""Browser tests: the demo site served by `manage.py runserver` (DEBUG off) and Debian's Chromium."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect

# Web-first assertions wait until the page the last click opened shows what they check;
# 15 s leaves room for a loaded CI machine without hiding a page that never comes.
expect.set_options(timeout=15_000)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_RESULTS = []
FIGURES = []  # lines measured by the journeys, printed at the end


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("figures measured in the browser journeys")
        for line in FIGURES:
            terminalreporter.write_line(line)
    if AXE_RESULTS:
        terminalreporter.section("axe-core results (violations by impact)")
        for url, counts in AXE_RESULTS:
            summary = ", ".join(f"{impact}: {n}" for impact, n in sorted(counts.items())) or "none"
            terminalreporter.write_line(f"{url:<45} {summary}")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server_env(tmp_path_factory):
    database = tmp_path_factory.mktemp("e2e") / "e2e.sqlite3"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portail.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{database}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "E2E_DATABASE": str(database),
        "MAP_TILE_URL": "",  # no network here: the places map is tested without tiles
    }


@pytest.fixture(scope="session")
def base_url(server_env):
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput"], ["load_demo", "--force"]):
        subprocess.run(manage + command, cwd=ROOT, env=server_env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        manage + ["runserver", "--noreload", "--insecure", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90  # a loaded machine can take long to import Django and Wagtail
    while server.poll() is None and time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=5)
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail(f"The e2e server did not start (exit code {server.poll()}).")
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()


def record_axe(url, violations):
    AXE_RESULTS.append((url, Counter(v["impact"] for v in violations)))
