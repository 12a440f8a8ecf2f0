"""Page sub-routes served by an app's views, without the page model importing its views module.

A page model names each route's view by its dotted path; the view is imported on the first request,
so `models → views → models` never forms an import circle. Patterns are written in French: their
words are translated for the active language (`portail.languages.ROUTE_SLUGS`).
"""

from django.utils.module_loading import import_string

from wagtail.contrib.routable_page.models import path

from portail.languages import alias_routes, route_in_active_language

# After every route of a page class: another language's slug never hides a route of this language.
ALIAS_ORDER = 10**9


def view_route(pattern: str, view: str, name: str):
    """A RoutablePage sub-route (class attribute) that calls `view(request, page, **kwargs)`; the
    other languages' slugs of the route redirect to the active language's."""

    def serve(page, request, *args, **kwargs):
        return import_string(view)(request, page, *args, **kwargs)

    serve.__name__ = name
    route = path(route_in_active_language(pattern), name=name)(serve)
    route._routablepage_routes.extend((alias, ALIAS_ORDER) for alias in alias_routes(pattern, name, serve))
    return route
