"""HTTP around /api/v1/: CORS for anonymous reads, ETag, Last-Modified and 304, every error as
problem details."""

import datetime
import hashlib

from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from portail.api.problems import PROBLEM_TYPE, problem_response

PREFIX = "/api/v1/"
READS = ("GET", "HEAD", "OPTIONS")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
    "Access-Control-Max-Age": "86400",
}


def api_http_middleware(get_response):
    def middleware(request):
        if not request.path_info.startswith(PREFIX):
            return get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)  # a CORS preflight: the headers below answer it
        else:
            response = get_response(request)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith(PROBLEM_TYPE):
            response = _as_problem(response)
        if request.method in ("GET", "HEAD") and response.status_code == 200 and not response.streaming:
            response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
            modified = _last_modified(request)
            if modified is not None:
                response["Last-Modified"] = http_date(modified)
            response = get_conditional_response(
                request, etag=response["ETag"], last_modified=modified, response=response
            )
        if request.method in READS and not _signed_in(request):
            for name, value in CORS_HEADERS.items():
                response[name] = value
        return response

    return middleware


def set_last_modified(request, moment: datetime.datetime | datetime.date | None) -> None:
    """Called by an endpoint whose dataset has a modification date: sent as Last-Modified, and a
    request with If-Modified-Since (and no If-None-Match) gets a 304 when nothing changed since."""
    if moment is not None and not isinstance(moment, datetime.datetime):
        moment = datetime.datetime.combine(moment, datetime.time(), tzinfo=datetime.UTC)
    request._api_last_modified = moment


def _last_modified(request) -> int | None:
    moment = getattr(request, "_api_last_modified", None)
    return None if moment is None else int(moment.timestamp())


def _as_problem(response):
    """An error answered outside the API's own handlers (no such URL, a method not allowed, a crash)."""
    problem = problem_response(response.status_code)
    for name in ("Allow", "Retry-After"):
        if name in response:
            problem[name] = response[name]
    return problem


def _signed_in(request) -> bool:
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated
