"""/fr/observatoire/, /en/observatory/, /es/observatorio/ (ROUTE_SLUGS), and each figure's downloads.
The other languages' slugs redirect (301) to the active language's, keeping the query string."""

from django.http import HttpResponsePermanentRedirect
from django.urls import path, reverse

from observatoire import views
from portail.languages import route_in_active_language, route_variants

app_name = "observatoire"


def _redirect(request, **kwargs):
    target = reverse("observatoire:page")
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)


urlpatterns = [
    path(route_in_active_language("observatoire/"), views.observatory_view, name="page"),
    path(
        route_in_active_language("observatoire/<slug:key>.<str:extension>"),
        views.download_view,
        name="download",
    ),
    *(path(variant, _redirect) for variant in route_variants("observatoire/")),
]
