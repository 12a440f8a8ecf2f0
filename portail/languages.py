"""Three languages that never lose the visitor: translated sub-route slugs, and French pages shown
under the visitor's language prefix when they are not translated.

- Sub-routes of routable pages are written in French (`view_route("trouver/", …)`); `ROUTE_SLUGS`
  gives each French word its English and Spanish slug, so that `/fr/financements/trouver/` is
  `/en/funding/find/` and `/es/financiacion/encontrar/`. The slugs of the other languages still
  answer, with a permanent redirect to the active language's (`route_variants`).
- A French page with no translation in the visitor's language is served under their prefix with the
  French path (`/en/evenements/atelier/`): `HomePage.route` falls back to the French tree
  (`route_in_source_language`), the page gets `fallback_language` ("fr") and its templates say so.
"""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import path
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import get_language

from wagtail.models import Locale

SOURCE_LANGUAGE = settings.LANGUAGE_CODE

# A French word of a sub-route → its slug in the other languages (ASCII, like page slugs).
ROUTE_SLUGS = {
    "achats": {"en": "purchasing", "es": "compras"},
    "alertes": {"en": "alerts", "es": "alertas"},
    "annuler": {"en": "cancel", "es": "cancelar"},
    "appels": {"en": "calls", "es": "convocatorias"},
    "barometre": {"en": "barometer", "es": "barometro"},
    "calendrier": {"en": "calendar", "es": "calendario"},
    "confirmer": {"en": "confirm", "es": "confirmar"},
    "corriger": {"en": "correct", "es": "corregir"},
    "desinscrire": {"en": "unsubscribe", "es": "darse-de-baja"},
    "imprimer": {"en": "print", "es": "imprimir"},
    "inscription": {"en": "sign-up", "es": "inscripcion"},
    "observatoire": {"en": "observatory", "es": "observatorio"},
    "organismes": {"en": "providers", "es": "organismos"},
    "resultats": {"en": "results", "es": "resultados"},
    "trouver": {"en": "find", "es": "encontrar"},
}


def translated_route(pattern: str, language: str) -> str:
    """A sub-route pattern written in French, with its words in `language` (converters kept)."""
    return "/".join(
        ROUTE_SLUGS.get(part, {}).get(language, part) if "<" not in part else part
        for part in pattern.split("/")
    )


def _route_in_active_language(pattern: str) -> str:
    return translated_route(pattern, (get_language() or SOURCE_LANGUAGE).split("-")[0])


route_in_active_language = lazy(_route_in_active_language, str)


def route_variants(pattern: str) -> list[str]:
    """The pattern in every language, French first, without repeats."""
    variants = []
    for code, _name in settings.LANGUAGES:
        variant = translated_route(pattern, code)
        if variant not in variants:
            variants.append(variant)
    return variants


def alias_routes(pattern: str, name: str, serve) -> list:
    """Django URL patterns for the other languages' slugs of a sub-route: each redirects (301) to
    the sub-route in the active language, so that no old or shared link breaks; a form posted to
    one (a page opened before a change) is served as it is, since a redirect would lose it."""
    if len(route_variants(pattern)) == 1:
        return []

    def redirect(page, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return serve(page, request, *args, **kwargs)
        target = page.get_url(request) + page.reverse_subpage(name, args=args, kwargs=kwargs)
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)

    return [
        path(variant, redirect, name=f"{name}__{number}")
        for number, variant in enumerate(route_variants(pattern))
    ]


def in_language_prefix(url: str, language: str) -> str:
    """A page URL moved under another language prefix: /fr/evenements/x/ → /en/evenements/x/."""
    prefix = f"/{SOURCE_LANGUAGE}/"
    if url and url.startswith(prefix):
        return f"/{language}/{url[len(prefix) :]}"
    return url


class LanguageFallbackMixin:
    """On every page type: a French page marked `fallback_language` (shown in a language it is not
    translated into) links under the active language's prefix, so the visitor keeps their language."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        language = get_language()
        if (
            parts
            and getattr(self, "fallback_language", "")
            and language != SOURCE_LANGUAGE
            and language in dict(settings.LANGUAGES)
        ):
            site_id, root_url, page_path = parts
            return site_id, root_url, in_language_prefix(page_path, language)
        return parts


def route_in_source_language(home, request, path_components):
    """Route a path the home page of another language could not find through the French tree.

    The request remembers it (`shown_in_source_language`): the `before_serve_page` hook then sends
    a page that has a translation to it, or marks the French page as shown untranslated.
    """
    source = home.get_translation_or_none(Locale.get_default())
    if source is None or source.pk == home.pk:
        raise Http404
    result = source.specific.route(request, path_components)
    request.shown_in_source_language = True
    return result


def before_serve_page(page, request, args, kwargs):
    """A page found through the French tree: redirect to its translation if it has one (with its
    sub-route and query string), otherwise show it as it is, marked as in French."""
    if not getattr(request, "shown_in_source_language", False):
        page.fallback_language = ""  # always set: a missing attribute is slow to look up in templates
        return None
    translation = page.get_translation_or_none(Locale.get_active())
    if translation is not None and translation.live:
        target = translation.get_url(request) + below_page(request, page.specific, get_language())
        return HttpResponsePermanentRedirect(target)
    page.fallback_language = page.locale.language_code
    return None


def below_page(request, page, language: str) -> str:
    """The sub-route and query string of the request below `page`, in `language`: what the language
    switcher keeps when it leads to the same page in another language."""
    below = ""
    match = getattr(request, "routable_resolver_match", None)
    if match is not None and hasattr(page, "reverse_subpage"):
        name = match.url_name.split("__")[0]
        with translation.override(language):
            below = page.reverse_subpage(name, args=match.args, kwargs=match.kwargs).lstrip("/")
    query = request.META.get("QUERY_STRING")
    return f"{below}?{query}" if query else below
