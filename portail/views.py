from django.db import connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from portail import health as health_checks


def server_error(request):
    """500 page rendered without context processors or database access, in the active language."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"LANGUAGE_CODE": get_language()}))


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@never_cache
def health(request):
    """Liveness: the process answers requests (one SQL query). Readiness is /readyz."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@never_cache
def readiness(request):
    """Each dependency's state (portail/health.py): 503 only when the database does not answer."""
    ready, report = health_checks.readiness()
    return JsonResponse(report, status=200 if ready else 503)
