"""Whole public pages kept for anonymous visitors (docs/adr/0010-anonymous-page-cache.md).

A GET under a language prefix from someone with no session (so nobody signed in, no message, no
guichet draft) is answered from the cache when a copy of this generation exists. A response is kept
only if it is a 200 HTML page that sets no cookie, carries no CSRF token and says nothing private.
Any change the public could see starts a new generation (`purge`), so old copies are never read
again; copies also end at midnight in Martinique, when date-dependent pages (open schemes, upcoming
sessions and events) change by themselves.
"""

import datetime
import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from portail.cache import cache_coherent

GENERATION_KEY = "page-cache:generation"
TIMEOUT = 60 * 60  # seconds: at most, and never past the next local midnight
BROWSER_MAX_AGE = 60  # seconds a browser or a shared cache may reuse a page without asking
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME,)  # messages and drafts live in the session
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Link", "Cache-Control", "ETag", "Last-Modified")


def _generation() -> str:
    generation = uuid.uuid4().hex
    if not cache.add(GENERATION_KEY, generation, timeout=None):
        generation = cache.get(GENERATION_KEY) or generation
    return generation


def purge(**kwargs) -> None:
    """Signal receiver: a new generation, so that every kept page is rendered again."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _key(request) -> str:
    address = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
    return f"page-cache:{address}"


def _seconds_to_live() -> int:
    now = timezone.localtime()
    midnight = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time(), now.tzinfo)
    return max(1, min(TIMEOUT, int((midnight - now).total_seconds())))


def is_cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE
        and cache_coherent()
        and request.method in ("GET", "HEAD")
        and request.path_info.startswith(LANGUAGE_PREFIXES)
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
        and "HTTP_AUTHORIZATION" not in request.META
    )


def is_storable(request, response) -> bool:
    """A page the same for every anonymous visitor: no cookie set, no CSRF token in it, nothing a
    view marked private, nobody signed in."""
    control = response.get("Cache-Control", "")
    user = getattr(request, "user", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(word in control for word in ("private", "no-store", "no-cache"))
        and not (user is not None and user.is_authenticated)
    )


def _shareable(response) -> None:
    """Headers that let a browser, a reverse proxy or a CDN reuse and revalidate the page."""
    vary = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
    vary = [value for value in vary if value.lower() != "cookie"]
    if vary:
        response["Vary"] = ", ".join(vary)
    elif "Vary" in response:
        del response["Vary"]
    patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE)
    response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
    response["Last-Modified"] = http_date(time.time())


def _answer(request, entry: dict) -> HttpResponse:
    response = HttpResponse(b"" if request.method == "HEAD" else entry["content"], status=200)
    for name, value in entry["headers"].items():
        response[name] = value
    response["X-Page-Cache"] = "hit"
    conditional = get_conditional_response(
        request,
        etag=entry["headers"]["ETag"],
        last_modified=entry["modified"],
        response=response,
    )
    return conditional or response


def anonymous_page_cache_middleware(get_response):
    def middleware(request):
        if not is_cacheable_request(request):
            return get_response(request)
        key = _key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or _generation()
        entry = found.get(key)
        if entry and entry["generation"] == generation:
            return _answer(request, entry)

        response = get_response(request)
        if is_storable(request, response):
            _shareable(response)
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            entry = {
                "generation": generation,
                "content": response.content,
                "headers": headers,
                "modified": int(time.time()),
            }
            cache.set(key, entry, timeout=_seconds_to_live())
            response["X-Page-Cache"] = "miss"
        return response

    return middleware


def purge_when_changed(*models, receiver=purge) -> None:
    """Purge (the page cache, or `receiver`) when one of these models is saved or deleted: each app
    names the models, other than pages, whose changes its public pages show."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            uid = f"{receiver.__module__}.{model._meta.label}.{name}"
            signal.connect(receiver, sender=model, dispatch_uid=uid)
