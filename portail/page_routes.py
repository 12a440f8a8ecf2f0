"""Page sub-routes served by an app's views, without the page model importing its views module.

A page model names each route's view by its dotted path; the view is imported on the first request,
so `models → views → models` never forms an import circle.
"""

from django.utils.module_loading import import_string

from wagtail.contrib.routable_page.models import path


def view_route(pattern: str, view: str, name: str):
    """A RoutablePage sub-route (class attribute) that calls `view(request, page, **kwargs)`."""

    def serve(page, request, *args, **kwargs):
        return import_string(view)(request, page, *args, **kwargs)

    serve.__name__ = name
    return path(pattern, name=name)(serve)
