"""SQL queries and CPU time (this process's, not the database's) of each page rendered as
bench/pages.py's cold phase sees it: the page cache off, the layout's cache warmed by a first
request. Run by bench/pages.py against its database (`python -m bench.page_queries PATH...`: one
JSON line per page), or by hand with `--profile PATH` for the functions that cost most
(PROFILE_SORT=tottime for the costliest themselves).
"""

import cProfile
import json
import os
import pstats
import sys
import time

os.environ["PAGE_CACHE"] = "false"

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

HOST = os.environ.get("ALLOWED_HOSTS", "127.0.0.1").split(",")[0]


def get(client: Client, path: str):
    response = client.get(path, headers={"host": HOST, "x-forwarded-proto": "https"})
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    return response


def measure(client: Client, path: str, rounds: int = 5) -> dict:
    get(client, path)  # the layout's cache, as after the benchmark's warm-up request
    with CaptureQueriesContext(connection) as queries:
        get(client, path)
    count = len(queries)  # read now: the next requests empty the connection's log
    started = time.process_time()  # CPU time of this process: the machine may be busy
    for _ in range(rounds):
        get(client, path)
    return {"path": path, "queries": count, "ms": (time.process_time() - started) * 1000 / rounds}


def profile(client: Client, path: str, rounds: int = 20) -> None:
    get(client, path)
    with CaptureQueriesContext(connection) as queries:
        get(client, path)
    for query in queries.captured_queries:
        print(query["sql"][:300])
    profiler = cProfile.Profile(time.process_time)  # CPU time: the machine may be busy
    profiler.enable()
    for _ in range(rounds):
        get(client, path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(os.environ.get("PROFILE_SORT", "cumulative")).print_stats(45)


def main(args: list[str]) -> int:
    client = Client()
    if args[0] == "--profile":
        profile(client, args[1])
        return 0
    for path in args:
        print(json.dumps(measure(client, path)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
