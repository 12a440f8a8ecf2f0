"""Every kind of public page under gunicorn (production settings, PostgreSQL, Redis), measured with
wrk: requests per second and p50/p99 latency, each as a share of /healthz's throughput measured just
before it. Three phases: the page cache off (every request renders: "cold"), on once warmed ("warm"),
and some pages asked by someone signed in (the page cache on, which never answers them).

Run with `.venv/bin/python -m bench.pages [seconds per page]`; needs wrk, redis-server and the
PostgreSQL of the production check (PRODUCTION_CHECK_POSTGRES).
"""

import json
import os
import re
import subprocess
import sys
import time

from tests.production.stack import POSTGRES, ROOT, Stack, wait_for

PAGES = [
    ("baseline /healthz", "/healthz"),
    ("home fr", "/fr/"),
    ("home en", "/en/"),
    ("standard page fr", "/fr/se-former/"),
    ("funding guide fr", "/fr/financements/"),
    ("funding guide es (filtered)", "/es/financiacion/?aide=subvention"),
    ("funding scheme fr", "/fr/financements/mofwazaj-dijital/"),
    ("training catalogue fr", "/fr/formations/"),
    ("training programme en", "/en/courses/bts-information-systems-management-isca-business-school/"),
    ("places map fr", "/fr/tiers-lieux/"),
    ("place fr", "/fr/tiers-lieux/helios-campus-numerique-40-de-la-cacem/"),
    ("events fr", "/fr/evenements/"),
    ("event fr", "/fr/evenements/premiers-pas-sur-smartphone/"),
    ("label page fr", "/fr/label-produit-local-numerique/"),
    ("label directory fr", "/fr/label/"),
    ("search fr", "/fr/recherche/?q=num%C3%A9rique"),
]
SIGNED_IN_PAGES = ["home fr", "standard page fr", "funding guide fr", "funding scheme fr", "event fr"]
WORKERS = 3
CONNECTIONS = 6


def wrk(stack: Stack, path: str, seconds: int, cookie: str = "") -> dict:
    url = f"http://127.0.0.1:{stack.web_port}{path}"
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency"]
    command += ["-H", "X-Forwarded-Proto: https"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout

    def latency(percent: str) -> float:
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)
        if found is None:
            raise RuntimeError(f"wrk's output for {path} has no {percent}% latency:\n{out}")
        value, unit = found.groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def start_gunicorn(stack: Stack, page_cache: bool) -> None:
    command = [sys.executable, "-m", "gunicorn", "portail.wsgi", "--bind", f"127.0.0.1:{stack.web_port}"]
    env = {"PAGE_CACHE": "true" if page_cache else "false"}
    stack.start("gunicorn", [*command, "--workers", str(WORKERS), "--log-level", "warning"], env)
    wait_for(lambda: stack.request("GET", "/healthz")[0] == 200, 120, "gunicorn")


def phase(stack: Stack, page_cache: bool, seconds: int, pages=PAGES, cookie: str = "") -> dict:
    """Each page's figures and, measured just before it, /healthz's req/s: the share compares two
    runs under the same load, which drifts on a shared machine over a phase."""
    start_gunicorn(stack, page_cache)
    wrk(stack, "/healthz", 2)  # the workers' first requests, not measured
    results = {}
    for name, path in pages:
        status, _headers, body = stack.request("GET", path, headers={"Cookie": cookie} if cookie else None)
        if status != 200:  # the warm-up, and the check it answers
            raise RuntimeError(f"{path} answered {status}")
        if cookie and "/accounts/logout/" not in body:
            raise RuntimeError(f"{path} was not answered to someone signed in")
        healthz = wrk(stack, "/healthz", max(2, seconds // 2))["rps"]
        results[name] = {**wrk(stack, path, seconds, cookie), "healthz": healthz}
    return results


def session_cookie(stack: Stack) -> str:
    """A reader's session (no staff rights): the Cookie header that signs them in."""
    code = (
        "from django.contrib.auth import get_user_model; from django.test import Client; "
        "user, _ = get_user_model().objects.get_or_create(email='lecteur.bench@example.org'); "
        "client = Client(); client.force_login(user); "
        "print('; '.join(f'{name}={morsel.value}' for name, morsel in client.cookies.items()))"
    )
    return stack.manage("shell", "-c", code).strip().splitlines()[-1]


def report(cold: dict, warm: dict, signed_in: dict, counted: dict, load: tuple) -> None:
    print(f"\nPages under gunicorn ({WORKERS} sync workers, wrk {CONNECTIONS} connections), load {load}")
    print("queries, cpu ms: one request rendered in process (bench/page_queries.py), layout cache warm")
    print("of healthz: the page's req/s over /healthz's, measured just before it")
    for label, results in (("cold", cold), ("warm", warm)):
        rates = [figures["healthz"] for figures in results.values()]
        print(f"/healthz before each page, {label}: {min(rates):.0f} to {max(rates):.0f} req/s")
    heads = f"{'cold req/s':>10} {'p50/p99 ms':>14} {'of healthz':>10}"
    print(f"{'page':40} {'queries':>7} {'cpu ms':>6}   {heads}   {heads.replace('cold', 'warm')}")
    for name, path in PAGES:
        c, w, q = cold[name], warm[name], counted[path]
        print(
            f"{name:40} {q['queries']:7} {q['ms']:6.1f}   "
            f"{c['rps']:10.0f} {c['p50']:6.1f}/{c['p99']:<7.1f} {c['rps'] / c['healthz']:10.1%}   "
            f"{w['rps']:10.0f} {w['p50']:6.1f}/{w['p99']:<7.1f} {w['rps'] / w['healthz']:10.1%}"
            + ("" if not (c["errors"] or w["errors"]) else f"  errors {c['errors']}/{w['errors']}")
        )
    print("\nSigned in (a reader's session, the page cache on: it never answers them):")
    for name, figures in signed_in.items():
        cold_share = cold[name]["rps"] / cold[name]["healthz"]
        print(
            f"{name:40} {figures['rps']:10.0f} {figures['p50']:6.1f}/{figures['p99']:<7.1f} "
            f"{figures['rps'] / figures['healthz']:10.1%}   (anonymous cold: {cold_share:.1%})"
            + (f"  errors {figures['errors']}" if figures["errors"] else "")
        )


def prepare_database(stack: Stack) -> None:
    """A throwaway database with the demo content; or, with BENCH_DATABASE, that database, kept
    between runs (built on the first), migrated to the code measured."""
    kept = os.environ.get("BENCH_DATABASE")
    if kept:
        stack.database = kept
        stack.env["DATABASE_URL"] = f"{POSTGRES}/{kept}"
        exists = stack.sql("SELECT 1 FROM pg_database WHERE datname = %s", kept, database="postgres")
        if not exists:
            stack.sql(f'CREATE DATABASE "{kept}"', database="postgres")
    else:
        stack.create_database()
    stack.manage("migrate", "--noinput")
    if not kept or not exists:
        stack.manage("load_demo", "--force")


def queries(stack: Stack) -> dict:
    """Each page's SQL queries and in-process render time (bench/page_queries.py), layout cache warm."""
    paths = [path for _name, path in PAGES]
    command = [sys.executable, "-m", "bench.page_queries", *paths]
    out = subprocess.run(command, cwd=ROOT, env=stack.env, capture_output=True, text=True, check=True).stdout
    return {line["path"]: line for line in map(json.loads, out.splitlines())}


def main() -> int:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with Stack() as stack:
        stack.env["ALLOWED_HOSTS"] = "127.0.0.1"
        prepare_database(stack)
        stack.manage("collectstatic", "--noinput")
        stack.start_redis()
        started = time.monotonic()
        counted = queries(stack)
        cold = phase(stack, page_cache=False, seconds=seconds)
        warm = phase(stack, page_cache=True, seconds=seconds)
        chosen = [(name, path) for name, path in PAGES if name in SIGNED_IN_PAGES]
        signed_in = phase(stack, page_cache=True, seconds=seconds, pages=chosen, cookie=session_cookie(stack))
        print(f"measured in {time.monotonic() - started:.0f} s")
        report(cold, warm, signed_in, counted, os.getloadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main())
