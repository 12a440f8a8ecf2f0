"""RFC 9457 problem details (application/problem+json) for every error under /api/v1/."""

import json
from http import HTTPStatus

from ninja.errors import HttpError, Throttled, ValidationError

from django.http import Http404, HttpResponse

PROBLEM_TYPE = "application/problem+json"


def problem_response(status: int, detail: str = "", **extensions) -> HttpResponse:
    """`type` is about:blank: the status says what went wrong, `title` is its reason phrase."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail}
    body.update(extensions)
    return HttpResponse(json.dumps(body, ensure_ascii=False), status=status, content_type=PROBLEM_TYPE)


def install_problem_handlers(api) -> None:
    def validation_error(request, exc: ValidationError):
        errors = [
            {"loc": [str(part) for part in error.get("loc", ())], "msg": str(error.get("msg", ""))}
            for error in exc.errors
        ]
        return problem_response(422, "The request's parameters are not valid.", errors=errors)

    def throttled(request, exc: Throttled):
        wait = max(1, int(exc.wait or 1))
        response = problem_response(429, f"Too many requests: try again in {wait} seconds.")
        response["Retry-After"] = str(wait)
        return response

    def http_error(request, exc: HttpError):
        return problem_response(exc.status_code, str(exc))

    def not_found(request, exc: Http404):
        return problem_response(404, "Nothing here.")

    api.add_exception_handler(ValidationError, validation_error)
    api.add_exception_handler(Throttled, throttled)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)
