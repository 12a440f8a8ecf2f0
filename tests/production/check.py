"""`make production-check`: the production stack keeps working when a service fails (issue 19).

On a fresh PostgreSQL database, with gunicorn (production settings), a django-q2 worker, a
throwaway Redis and a local SMTP server: a smoke journey, then three faults — Redis killed, the
mail server down for a (simulated) 2-hour outage, Elasticsearch unreachable. Each fault sends
guichet requests over HTTP and asks for pages; a table of figures is printed, and the exit status
is 1 when a target is missed: no 5xx, every request stored, every receipt delivered, /readyz
naming the service that failed. Run with `python -m tests.production.check [N]` (N requests a fault).
"""

import contextlib
import html
import json
import re
import signal
import sys
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import redis

from tests.production.stack import Stack, dead_port, wait_for

PAGES = ["/fr/", "/fr/financements/", "/fr/tiers-lieux/", "/fr/evenements/", "/fr/recherche/?q=formation"]
# Demo content for the pages: not the catalogue's hundreds of offers nor the demo accounts, which
# would cost a minute and a half of indexing and password hashing and test no service.
DEMO = ("portail", "lieux, evenements", "financements", "search")
STEPS = [
    ("entreprise", {"company_name": "Ti Kaz Créole", "sector": "commerce", "headcount": "3",
                    "commune": "Le Lorrain", "being_created": "on"}),
    ("besoins", {"needs": ["site-web", "financement"], "description": "Vendre en ligne."}),
    ("contact", {"contact_name": "Léa Marie", "preferred_channel": "email", "language": "fr"}),
    ("verifier", {"consent": "on", "website": "", "captcha_0": "x", "captcha_1": "PASSED"}),
]  # fmt: skip
OUTAGE_MINUTES = 120
RESULTS = re.compile(r'id="results-title"[^>]*>\s*(\d+)')


@dataclass
class Phase:
    name: str
    domain: str  # the phase's requests are sent from addresses @<domain>
    target: int = 0  # requests sent
    accepted: int = 0  # ended on the tracking page
    stored: int = 0
    delivered: int = 0  # receipts received by the SMTP server
    requests: int = 0
    errors: list = field(default_factory=list)  # 5xx and failed connections
    readiness: str = "-"
    notes: list = field(default_factory=list)
    missed: list = field(default_factory=list)

    def expect(self, ok: bool, target: str):
        if not ok:
            self.missed.append(target)


class Browser:
    """One visitor: its own cookies, a CSRF token read from the form, HTTPS as told by the proxy."""

    def __init__(self, stack: Stack, phase: Phase):
        self.stack, self.phase, self.cookies = stack, phase, SimpleCookie()

    def request(self, method, path, data=None):
        headers = {"Cookie": "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())}
        body = None
        if data is not None:
            origin = f"https://127.0.0.1:{self.stack.web_port}"
            headers |= {"Content-Type": "application/x-www-form-urlencoded", "Origin": origin}
            body = urlencode(data, doseq=True)
        status, response_headers, text = self.stack.request(method, path, body, headers)
        self.phase.requests += 1
        if status == 0 or status >= 500:
            self.phase.errors.append(f"{method} {path}: {status} {text[:200]}")
        for cookie in response_headers.get_all("Set-Cookie", []):
            self.cookies.load(cookie)
        return status, response_headers, text

    def submit(self, email: str) -> bool:
        """Walk the guichet form; True when it ends on the tracking page."""
        status, _headers, page = self.request("GET", "/fr/guichet/demande/entreprise/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or not token:
            return False
        csrf = html.unescape(token.group(1))
        for step, data in STEPS:
            data = {**data, "email": email} if step == "contact" else data
            path = f"/fr/guichet/demande/{step}/"
            status, headers, _page = self.request("POST", path, {**data, "csrfmiddlewaretoken": csrf})
            if status != 302:
                return False
        location = headers.get("Location", "")
        return "/guichet/suivi/" in location and self.request("GET", location)[0] == 200


def readiness(stack: Stack) -> tuple[int, dict]:
    status, _headers, text = stack.request("GET", "/readyz")
    try:
        return status, json.loads(text)
    except ValueError:
        return status, {"status": f"not JSON: {text[:100]}"}


def seen(stack: Stack) -> str:
    status, report = readiness(stack)
    degraded = ",".join(report.get("degraded", []))
    return f"{status} {report.get('status')}" + (f" [{degraded}]" if degraded else "")


def traffic(stack: Stack, phase: Phase, count: int, pages: int = 2):
    """`count` guichet requests, each followed by `pages` of the main pages, in turn."""
    for number in range(count):
        browser = Browser(stack, phase)
        phase.accepted += browser.submit(f"visitor{number}@{phase.domain}")
        for page in range(pages):
            browser.request("GET", PAGES[(number * pages + page) % len(PAGES)])


def stored(stack: Stack, phase: Phase) -> int:
    query = "SELECT count(*) FROM guichet_accompanimentrequest WHERE email LIKE %s"
    return stack.sql(query, f"%@{phase.domain}")[0][0]


def receipts_delivered(stack: Stack, phase: Phase, count: int, seconds: float) -> int:
    with contextlib.suppress(TimeoutError):
        wait_for(lambda: stack.delivered_to(f"@{phase.domain}") >= count, seconds, "receipts", step=0.25)
    return stack.delivered_to(f"@{phase.domain}")


def record(stack: Stack, phase: Phase, count: int, delivered: int):
    phase.target, phase.stored, phase.delivered = count, stored(stack, phase), delivered
    phase.expect(phase.accepted == count, f"{count} requests accepted")
    phase.expect(phase.stored == count, f"{count} requests stored")
    phase.expect(not phase.errors, "no 5xx")
    phase.expect(delivered == count, f"{count} receipts delivered")


def smoke(stack: Stack) -> Phase:
    phase = Phase("smoke journey", "smoke.example.org")
    traffic(stack, phase, 1, pages=len(PAGES))
    record(stack, phase, 1, receipts_delivered(stack, phase, 1, 30))
    phase.readiness = seen(stack)
    phase.expect(phase.readiness == "200 ok", "/readyz ok")
    return phase


def redis_down(stack: Stack, count: int) -> Phase:
    phase = Phase("(a) Redis killed", "redis.example.org")
    stack.kill_redis()
    traffic(stack, phase, count)
    record(stack, phase, count, receipts_delivered(stack, phase, count, 60))
    phase.readiness = seen(stack)
    phase.expect(phase.readiness == "200 degraded [cache]", "/readyz degraded [cache]")
    stack.start_redis()
    back = seen(stack)
    phase.notes.append(f"Redis restarted: /readyz {back}")
    phase.expect(back == "200 ok", "/readyz ok once Redis is back")
    return phase


def cache_back_in_redis(stack: Stack, phase: Phase):
    """Once the breaker closes (30 s), the same gunicorn workers write to the restarted Redis again."""
    client = redis.Redis(port=stack.redis_port)
    try:
        wait_for(lambda: stack.request("GET", "/fr/") and client.dbsize(), 45, "cache keys", step=1)
        phase.notes.append(f"the cache is back in Redis (keys written after the restart: {client.dbsize()})")
    except TimeoutError:
        phase.expect(False, "cache keys in the restarted Redis")


def run_outbox_clock(stack: Stack, start: str, first: int, last: int) -> list[str]:
    """deliver_due once per simulated minute from start+first to start+last (stops when nothing waits);
    the last minute run, the e-mails sent, the e-mails still waiting."""
    code = (
        "import datetime; from portail.models import OutboundEmail as E; "
        "from portail.outbox.services import deliver_due; "
        f"start = datetime.datetime.fromisoformat('{start}'); sent = 0\n"
        f"for minute in range({first}, {last} + 1):\n"
        "    sent += deliver_due(now=start + datetime.timedelta(minutes=minute))\n"
        "    if not E.objects.filter(status='pending').exists(): break\n"
        "print(minute, sent, E.objects.filter(status='pending').count())"
    )
    return stack.manage("shell", "--no-imports", "-c", code).split()


def smtp_down(stack: Stack, count: int) -> Phase:
    phase = Phase("(b) SMTP down 2 h", "smtp.example.org")
    stack.stop_smtp()
    traffic(stack, phase, count)
    tried = 'SELECT count(*) FROM portail_outboundemail WHERE attempts > 0 AND "to"::text LIKE %s'
    wait_for(lambda: stack.sql(tried, f"%@{phase.domain}%")[0][0] >= count, 60, "first attempts", step=0.25)
    waiting = stack.sql("SELECT count(*) FROM portail_outboundemail WHERE status = 'pending'")[0][0]
    phase.notes.append(f"SMTP down: {waiting} e-mails waiting (receipts, partner notices), each tried once")
    fresh = seen(stack)
    # An hour-old backlog (past OUTBOX_ALERT_MINUTES), without waiting an hour.
    age = "UPDATE portail_outboundemail SET created_at = created_at - interval '1 hour' WHERE status = %s"
    stack.sql(age, "pending")
    phase.readiness = seen(stack)
    phase.notes.append(f"/readyz with a fresh backlog: {fresh}; an hour old: {phase.readiness}")
    phase.expect(phase.readiness == "200 degraded [mail]", "/readyz degraded [mail]")
    start = stack.sql("SELECT now()")[0][0].isoformat()
    minute, _sent, left = run_outbox_clock(stack, start, 1, OUTAGE_MINUTES)
    phase.notes.append(f"{OUTAGE_MINUTES} simulated minutes of outage: {left} e-mails still waiting")
    stack.start_smtp()
    minute, sent, left = run_outbox_clock(stack, start, OUTAGE_MINUTES + 1, OUTAGE_MINUTES + 240)
    phase.notes.append(f"SMTP back: {sent} e-mails sent by simulated minute {minute}, {left} left")
    record(stack, phase, count, receipts_delivered(stack, phase, count, 5))
    phase.expect(int(left) == 0, "outbox empty")
    return phase


def search_down(stack: Stack, count: int) -> Phase:
    phase = Phase("(c) Elasticsearch unreachable", "search.example.org")
    stack.start_web({"ELASTICSEARCH_URL": f"http://127.0.0.1:{dead_port()}"})
    traffic(stack, phase, count)
    found = [
        int(match.group(1)) if (match := RESULTS.search(Browser(stack, phase).request("GET", path)[2])) else 0
        for path in (
            "/fr/recherche/?q=formation",
            "/fr/recherche/?q=numerique",
            "/fr/recherche/?q=tiers-lieu",
        )
    ]
    phase.notes.append(f"search pages answered by the database: {found} results")
    phase.expect(all(found), "search results from the database")
    record(stack, phase, count, receipts_delivered(stack, phase, count, 60))
    phase.readiness = seen(stack)
    engine = readiness(stack)[1].get("checks", {}).get("search", {}).get("engine")
    phase.notes.append(f"/readyz search engine: {engine}")
    phase.expect(phase.readiness == "200 degraded [search]" and engine == "database", "/readyz [search]")
    return phase


def report(phases: list[Phase], seconds: float):
    print(f"\nProduction check: gunicorn + django-q2 + PostgreSQL + Redis + SMTP, {seconds:.0f} s")
    row = "{:<31} {:>17} {:>14} {:>18}  {}"
    print(row.format("fault", "accepted/stored", "5xx/requests", "receipts/expected", "/readyz during"))
    for phase in phases:
        figures = (f"{phase.accepted}/{phase.stored}", f"{len(phase.errors)}/{phase.requests}")
        print(row.format(phase.name, *figures, f"{phase.delivered}/{phase.target}", phase.readiness))
    for phase in phases:
        for note in phase.notes:
            print(f"  {phase.name}: {note}")
        for error in phase.errors[:5]:
            print(f"  {phase.name}: ERROR {error}")
        for target in phase.missed:
            print(f"  {phase.name}: MISSED {target}")


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    started = time.monotonic()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stopped by CI: the stack still cleans up
    phases = []

    def step(what):
        print(f"[{time.monotonic() - started:5.1f} s] {what}", flush=True)

    with Stack() as stack:
        try:
            step(f"database {stack.database}: create, migrate, demo content, static files")
            stack.create_database()
            stack.manage("migrate", "--noinput")
            stack.manage(
                "shell",
                "--no-imports",
                "-c",
                f"from demo.loader import LOADERS\nfor app, load in LOADERS:\n    if app in {DEMO}: load()",
            )
            stack.manage("collectstatic", "--noinput")
            step("start redis-server, the SMTP server, gunicorn, qcluster")
            stack.start_redis()
            stack.start_smtp()
            stack.start_web()
            stack.start_worker()
            # A fresh database: the demo's jobs are queued and the daily schedules are due.
            waiting = (
                "SELECT (SELECT count(*) FROM django_q_ormq), (SELECT count(*) FROM django_q_schedule"
                " WHERE repeats < 0 AND next_run < now() - interval '5 minutes')"
            )
            jobs, schedules = stack.sql(waiting)[0]
            step(f"the worker runs the {jobs} jobs the demo queued and the {schedules} schedules due")
            wait_for(lambda: not any(stack.sql(waiting)[0]), 180, "the queue and the schedules", step=0.5)
            step("smoke journey")
            phases.append(smoke(stack))
            step("(a) Redis killed")
            phases.append(redis := redis_down(stack, count))
            step("(b) SMTP down, 2-hour outage simulated")
            phases.append(smtp_down(stack, count))
            cache_back_in_redis(stack, redis)
            step("(c) Elasticsearch unreachable, gunicorn restarted")
            phases.append(search_down(stack, count))
        except Exception as error:
            step(f"stopped: {error!r}\n--- services log ---\n{stack.log_tail()}")
            report(phases, time.monotonic() - started)
            return 1
    report(phases, time.monotonic() - started)
    missed = [target for phase in phases for target in phase.missed]
    print("FAILED: a target was missed" if missed else "All targets met.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
