"""The public API, /api/v1/: one NinjaAPI; each app adds its Router from its AppConfig.ready()
(`register`). Errors are RFC 9457 problem details; the docs page uses the vendored Swagger UI."""

from ninja import NinjaAPI, Router
from ninja.throttling import AnonRateThrottle

from django.conf import settings

from portail.api.dcat import router as catalogue_router
from portail.api.docs import ProjectSwagger, add_problem_responses
from portail.api.problems import install_problem_handlers
from portail.ratelimit import client_ip

DESCRIPTION = (
    "Open data and public queries of the digital portal of Martinique. Read-only, anonymous, "
    "free to reuse (Licence Ouverte 2.0). Lists are paginated with `limit` and `offset`; errors are "
    "RFC 9457 problem details; responses carry an ETag (and Last-Modified where a dataset has a date). "
    "Every dataset, with its licence, schema and update frequency, is listed in the DCAT-AP catalogue "
    "[/api/v1/catalogue.jsonld](/api/v1/catalogue.jsonld). See docs/api.md."
)


class ClientThrottle(AnonRateThrottle):
    """Per client address (behind the trusted proxies), at the rate of settings.API_THROTTLE_RATE."""

    def __init__(self):
        super().__init__(settings.API_THROTTLE_RATE)

    def get_ident(self, request):
        return client_ip(request)

    def allow_request(self, request) -> bool:
        self.rate = settings.API_THROTTLE_RATE  # read on each request: a setting changed takes effect
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


class PortalAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        return add_problem_responses(super().get_openapi_schema(*args, **kwargs))


api = PortalAPI(
    title="Portail numérique de Martinique",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    docs=ProjectSwagger(),
    docs_url="/docs/",
    openapi_url="/openapi.json",
    throttle=[ClientThrottle()],
)
install_problem_handlers(api)
api.add_router("/", catalogue_router)  # /api/v1/catalogue.jsonld, from the datasets the apps register


def register(prefix: str, router: Router) -> None:
    """Called by an app's AppConfig.ready(): its endpoints under /api/v1/<prefix>."""
    api.add_router(prefix, router)
