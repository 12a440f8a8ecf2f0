"""A Redis outage costs speed, never a page or a submission; /readyz says what is down (issue 19)."""

import datetime
import socket

import pytest
from django_q.models import Schedule

from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from guichet.models import AccompanimentRequest
from portail import cache as resilient
from portail.models import OutboundEmail
from portail.ratelimit import hit
from tests.guichet.conftest import submit
from tests.smtp_server import dead_port

pytestmark = pytest.mark.django_db


def redis_cache(location: str) -> dict:
    return {
        "default": {
            "BACKEND": "portail.cache.ResilientRedisCache",
            "LOCATION": location,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture(autouse=True)
def worker_running():
    """The scheduled jobs are on time, as a running worker keeps them (readiness checks it)."""
    Schedule.objects.update(next_run=timezone.now())


@pytest.fixture
def redis_down(settings):
    """The cache is a Redis nobody answers on (connection refused)."""
    location = f"redis://127.0.0.1:{dead_port()}/0"
    settings.CACHES = redis_cache(location)
    yield location
    resilient._down_until.pop(location, None)


@pytest.fixture
def redis_silent(settings):
    """A Redis that accepts connections and never answers (a frozen server, a dropped route)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        location = f"redis://127.0.0.1:{silent.getsockname()[1]}/0"
        settings.CACHES = redis_cache(location)
        yield location
        resilient._down_until.pop(location, None)


def test_pages_answer_while_redis_is_down(client, site_tree, redis_down):
    assert client.get("/fr/").status_code == 200
    assert client.get("/en/learn/").status_code == 200


def test_a_frozen_redis_costs_one_timeout_then_the_breaker_opens(client, site_tree, redis_silent):
    assert client.get("/fr/").status_code == 200
    assert not cache.redis_available()
    assert client.get("/fr/se-former/").status_code == 200


def test_guichet_requests_are_stored_and_acknowledged_while_redis_is_down(
    client, site_tree, redis_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)

    assert response.status_code == 302
    request = AccompanimentRequest.objects.get()
    assert request.email == "lea@example.org"
    assert OutboundEmail.objects.filter(to=["lea@example.org"], status="sent").exists()
    assert any(request.reference in message.subject for message in mail.outbox)


def test_rate_limits_still_count_in_memory_while_redis_is_down(rf, redis_down):
    request = rf.post("/", REMOTE_ADDR="203.0.113.9")

    refused = [hit("test", request, limit=3, window_seconds=60) for _ in range(5)]

    assert refused == [False, False, False, True, True]


def test_the_cache_goes_back_to_redis_once_it_answers_again(settings):
    if not settings.REDIS_URL:
        pytest.skip("needs Redis (REDIS_URL), as in CI's PostgreSQL stage")
    settings.CACHES = redis_cache(settings.REDIS_URL)
    resilient._down_until[settings.REDIS_URL] = 0.0  # the breaker's period is over

    cache.set("back", "in redis")

    assert cache.redis_available()
    assert cache._cache.get_client().get(cache.make_and_validate_key("back")) is not None


def test_liveness_answers_and_readiness_reports_each_dependency(client):
    report = client.get("/readyz").json()

    assert report["status"] == "ok"
    assert set(report["checks"]) == {"database", "cache", "jobs", "mail", "search"}
    assert report["checks"]["search"]["engine"] == "database"
    assert client.get("/healthz").status_code == 200


def test_readiness_reports_redis_down_without_failing(client, redis_down):
    response = client.get("/readyz")

    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "degraded" and report["degraded"] == ["cache"]
    assert report["checks"]["cache"] == {
        "ok": False,
        "error": "ConnectionError",
        "backend": "redis",
        "fallback": "local memory",
    }


def test_readiness_reports_an_old_mail_backlog(client, settings):
    settings.OUTBOX_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", dead_port(), 2
    mail.EmailMessage("Reçu", "Bonjour", to=["lea@example.org"]).send()
    OutboundEmail.objects.update(created_at="2026-01-01T00:00:00Z")

    report = client.get("/readyz").json()

    assert report["status"] == "degraded" and "mail" in report["degraded"]
    assert report["checks"]["mail"]["pending"] == 1


def test_readiness_reports_a_queue_nobody_works_on(client):
    Schedule.objects.update(next_run=timezone.now() - datetime.timedelta(hours=1))

    report = client.get("/readyz").json()

    assert report["degraded"] == ["jobs"]
    assert report["checks"]["jobs"]["error"] == "no worker is running the scheduled jobs"


def test_readiness_is_503_when_the_database_does_not_answer(client, monkeypatch):
    from portail import health

    def database_down():
        raise ConnectionError("database down")

    monkeypatch.setattr(health, "check_database", database_down)

    response = client.get("/readyz")

    assert response.status_code == 503 and response.json()["status"] == "down"


def test_readiness_reports_an_unreachable_search_cluster(client, settings):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{dead_port()}"

    report = client.get("/readyz").json()

    assert report["degraded"] == ["search"]
    assert report["checks"]["search"] == {
        "ok": False,
        "engine": "database",
        "error": "Elasticsearch unreachable; the database answers",
    }


def test_restricted_pages_are_looked_up_while_redis_is_down(client, site_tree, redis_down):
    """A process's own memory could miss another's purge: restrictions are never read from it."""
    from wagtail.models import PageViewRestriction

    from portail.cache import shared_cache_up

    client.get("/fr/se-former/")
    assert not shared_cache_up()
    PageViewRestriction.objects.create(page=site_tree.page["fr"], restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/fr/se-former/").status_code == 302
