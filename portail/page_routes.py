"""Page sub-routes served by an app's views, without the page model importing its views module.

A page model names each route's view by its dotted path; the view is imported on the first request,
so `models → views → models` never forms an import circle. Patterns are written in French: their
words are translated for the active language (`portail.languages.ROUTE_SLUGS`).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from django.utils.module_loading import import_string

from wagtail.contrib.routable_page.models import path

from portail import content_version
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


class CachedRouteMixin:
    """Routing to a child page in one query instead of two: the child's id and type come from the
    cache (under the navigation's version, which a publish, a move or a deletion replaces), then
    its specific row is read, with the rows its page shows beside it (`served_with`: foreign keys
    for select_related). Placed just before `Page` in each page type's bases."""

    served_with: tuple[str, ...] = ()

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        key = content_version.key(content_version.version(request), "child", self.pk, path_components[0])
        child = cache.get(key)
        if child is None:
            found = self.get_children().filter(slug=path_components[0]).values_list("content_type_id", "pk")
            child = found.first() or ()
            cache.set(key, child, timeout=content_version.TIMEOUT)
        if not child:
            raise Http404
        model = ContentType.objects.get_for_id(child[0]).model_class()
        related = getattr(model, "served_with", ())  # a page type without this mixin: none
        subpage = model.objects.select_related(*related).filter(pk=child[1]).first() if model else None
        if subpage is None:  # deleted since: the purge is on its way
            raise Http404
        subpage._cached_parent_obj = self  # Treebeard's get_parent reads it
        return subpage.route(request, path_components[1:])
