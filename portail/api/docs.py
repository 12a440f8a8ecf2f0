"""The browsable documentation (Swagger UI served from static/vendor/, no CDN) and the problem
responses every operation may give, added to the generated OpenAPI description."""

import json

from ninja.openapi.docs import Swagger

from django.shortcuts import render

PROBLEM_SCHEMA = {
    "type": "object",
    "description": "RFC 9457 problem details.",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "description": "What was wrong: a list, or an object by parameter name.",
            "anyOf": [{"type": "array", "items": {}}, {"type": "object"}],
        },
    },
    "required": ["type", "title", "status"],
}
PROBLEM_STATUSES = {
    "400": "The query cannot be answered (see `errors`).",
    "404": "Not found.",
    "422": "A parameter is not valid (see `errors`).",
    "429": "Too many requests from this client: wait `Retry-After` seconds.",
}


class ProjectSwagger(Swagger):
    default_settings = {"layout": "BaseLayout", "deepLinking": True, "validatorUrl": None}

    def render_page(self, request, api, **kwargs):
        self.settings["url"] = self.get_openapi_url(api, kwargs)
        context = {"swagger_settings": json.dumps(self.settings), "api": api}
        return render(request, "api/swagger.html", context)


def add_problem_responses(schema: dict) -> dict:
    schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    content = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for operations in schema["paths"].values():
        for operation in operations.values():
            for status, description in PROBLEM_STATUSES.items():
                operation["responses"].setdefault(status, {"description": description, "content": content})
    return schema
