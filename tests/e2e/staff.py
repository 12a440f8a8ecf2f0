"""Staff in the browser: a fresh TOTP code for each sign-in, the admin in French at 1280 px, and a
django-q2 worker with a backlog of queued jobs."""

import json
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.e2e.conftest import ROOT

PASSWORDS = {
    "admin@demo.example": "demo-admin-972",
    "editeur@demo.example": "demo-editeur-972",
    "moderateur@demo.example": "demo-moderateur-972",
    "relecteur.label@demo.example": "demo-label-972",
}
DESKTOP = {"width": 1280, "height": 900}
_used_codes: set[tuple[str, int]] = set()  # the server accepts each code once (allauth)
CODE_MARGIN_SECONDS = 8  # time left in the step for the page to send the code


def fresh_totp_code(server_env, email: str) -> str:
    """The account's current code, waiting for the next 30 s step if this session already used it."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    with sqlite3.connect(server_env["E2E_DATABASE"]) as db:
        (data,) = db.execute(
            "SELECT a.data FROM mfa_authenticator a JOIN portail_user u ON u.id = a.user_id "
            "WHERE u.email = ? AND a.type = 'totp'",
            (email,),
        ).fetchone()
    # The server accepts a code only within its own 30 s step (no tolerance) and only once: a code
    # read in the step's last seconds could reach the server in the next step on a loaded machine.
    step = int(time.time()) // 30
    if (email, step) in _used_codes or (step + 1) * 30 - time.time() < CODE_MARGIN_SECONDS:
        time.sleep((step + 1) * 30 - time.time() + 0.5)
        step += 1
    _used_codes.add((email, step))
    return format_hotp_value(hotp_value(json.loads(data)["secret"], step))


def sign_in_to_admin(page, server_env, email: str) -> None:
    page.goto("/fr/accounts/login/?next=/admin/")
    page.get_by_label("E-mail", exact=True).fill(email)
    page.get_by_label("Mot de passe", exact=True).fill(PASSWORDS[email])
    page.get_by_role("button", name="Connexion").click()
    page.get_by_label("Code", exact=True).fill(fresh_totp_code(server_env, email))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/admin/")


@pytest.fixture
def staff_page(browser, base_url, server_env):
    """A function opening a French desktop browser page signed in to the admin as `email`."""
    contexts = []

    def open_as(email: str):
        context = browser.new_context(base_url=base_url, locale="fr-FR", viewport=DESKTOP)
        contexts.append(context)
        page = context.new_page()
        sign_in_to_admin(page, server_env, email)
        return page

    yield open_as
    for context in contexts:
        context.close()


def manage(server_env, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=server_env, check=True, capture_output=True
    )


QUEUE_BACKLOG = """
from django_q.tasks import async_task
from search.registry import BUILDERS, all_groups
work = [(label, group) for label, builder in BUILDERS.items() for group in all_groups(builder)]
for n in range({jobs}):
    label, group = work[n % len(work)]
    async_task("search.tasks.index_groups_task", label, [group])
"""


def queued_jobs(server_env) -> int:
    with sqlite3.connect(server_env["E2E_DATABASE"]) as db:
        return db.execute("SELECT COUNT(*) FROM django_q_ormq").fetchone()[0]


@pytest.fixture(scope="module")
def busy_worker(server_env, base_url):
    """A django-q2 worker writing to the site's SQLite database, 1,000 indexing jobs behind."""
    manage(server_env, "shell", "-c", QUEUE_BACKLOG.format(jobs=1000))
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=ROOT,
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield
    worker.terminate()
    worker.wait(timeout=30)
    with sqlite3.connect(server_env["E2E_DATABASE"]) as db:
        db.execute("DELETE FROM django_q_ormq")  # what is left is not the next tests' business


def page_id(server_env, title: str, language: str = "fr") -> int:
    with sqlite3.connect(server_env["E2E_DATABASE"]) as db:
        (found,) = db.execute(
            "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
            "WHERE l.language_code = ? AND p.title = ?",
            (language, title),
        ).fetchone()
    return found
