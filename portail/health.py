"""Readiness (issue 19): each dependency's state, for the load balancer and monitoring.

Only the database is required: without it nothing works, and readiness answers 503. The cache,
the job queue, search and the mail server are optional: when one fails the site degrades (see
portail/cache.py, portail/outbox/) and readiness answers 200 with "status": "degraded" and the
check that failed. Errors are named by their class only: the answer is public.
"""

import datetime

from django_q.models import OrmQ, Schedule

from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from portail.outbox import services as outbox
from search.engines import health as search_health

QUEUE_ALERT = 500  # jobs waiting
SCHEDULER_LATE = datetime.timedelta(minutes=5)  # a repeating job this late: no worker is running


def _failure(error: Exception) -> dict:
    return {"ok": False, "error": type(error).__name__}


def check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"ok": True}


def check_cache() -> dict:
    ping = getattr(cache, "ping", None)
    if ping is None:
        return {"ok": True, "backend": "local memory"}
    try:
        ping()
    except Exception as error:  # Redis down: pages are served from local memory meanwhile
        return {**_failure(error), "backend": "redis", "fallback": "local memory"}
    return {"ok": True, "backend": "redis"}


def check_jobs(now) -> dict:
    queued = OrmQ.objects.count()
    late = Schedule.objects.filter(repeats__lt=0, next_run__lt=now - SCHEDULER_LATE).count()
    state = {"ok": queued < QUEUE_ALERT and not late, "queued": queued, "late_schedules": late}
    if late:
        state["error"] = "no worker is running the scheduled jobs"
    return state


def check_mail(now) -> dict:
    backlog = outbox.backlog(now=now)
    return {"ok": not backlog.pop("late"), **backlog}


def readiness() -> tuple[bool, dict]:
    """(ready, report): ready is False only when the database does not answer."""
    now = timezone.now()
    try:
        checks = {"database": check_database()}
    except Exception as error:
        return False, {"status": "down", "checks": {"database": _failure(error)}}
    checks["cache"] = check_cache()
    checks["jobs"] = check_jobs(now)
    checks["mail"] = check_mail(now)
    checks["search"] = search_check()
    degraded = [name for name, check in checks.items() if not check["ok"]]
    return True, {"status": "degraded" if degraded else "ok", "degraded": degraded, "checks": checks}


def search_check() -> dict:
    return search_health()
