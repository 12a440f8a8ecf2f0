"""HTTP around /api/v1/: CORS for anonymous reads, ETag and 304, every error as problem details."""

import hashlib

from django.http import HttpResponse
from django.utils.cache import get_conditional_response

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
            response = get_conditional_response(request, etag=response["ETag"], response=response)
        if request.method in READS and not _signed_in(request):
            for name, value in CORS_HEADERS.items():
                response[name] = value
        return response

    return middleware


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
