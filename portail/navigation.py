"""The shared layout's links — menu, footer, breadcrumb, language switcher, contact details —
computed once per site, language, page and settings version, and kept in the cache.

Every page shows them; computing them costs a dozen queries. They change only when an editor
publishes, unpublishes, moves or deletes a page, or edits the site settings: each of those
replaces the version in the keys (portail/content_version.py), so stale links are never read again.
"""

from django.core.cache import cache

from wagtail.models import Page, Site

from portail.content_version import TIMEOUT, key, version
from portail.languages import in_language_prefix
from portail.models import NavigationSettings
from portail.selectors import active_locale, localized_pages, nearest_translated_ancestors

CONTACT_FIELDS = ("postal_address", "contact_email", "contact_phone")


def _cached(request, name: str, compute):
    """`compute()` kept under this site's key `name`, unless the site's entry brought it
    (`request.navigation_layout`, portail/site_cache.py). On a miss the site's settings are read
    first: on a new site this creates them, which purges, and the key must carry the version that
    follows."""
    brought = getattr(request, "navigation_layout", {})
    if name in brought:
        return brought[name]
    site_pk = getattr(Site.find_for_request(request), "pk", 0)
    found = cache.get(key(version(request), site_pk, name))
    if found is None:
        navigation = NavigationSettings.for_request(request)
        found = compute(navigation)
        cache.set(key(version(request, fresh=True), site_pk, name), found, timeout=TIMEOUT)
    return found


def _links_name(locale, relation: str) -> str:
    return f"{locale.pk}:{relation}"


def _links(request, navigation, relation: str, locale) -> list[dict]:
    pages = localized_pages(
        [link.page for link in getattr(navigation, relation).select_related("page")], locale
    )
    return [
        {
            "pk": page.pk,
            "url": page.get_url(request),
            "label": getattr(page, "menu_title", "") or page.title,
            "title": page.title,
            "fallback_language": getattr(page, "fallback_language", ""),
        }
        for page in pages
    ]


def _contact(navigation) -> dict:
    return {name: getattr(navigation, name) for name in CONTACT_FIELDS}


def links(request, relation: str) -> list[dict]:
    """The pages of the menu ("menu_items") or the footer ("footer_links") in the visitor's language:
    url, label (the menu title if any), pk, and fallback_language when shown untranslated."""
    locale = active_locale(request)
    return _cached(
        request,
        _links_name(locale, relation),
        lambda navigation: _links(request, navigation, relation, locale),
    )


def contact(request) -> dict:
    """The site's postal address, e-mail and phone, as the footer shows them."""
    return _cached(request, "contact", _contact)


def site_layout(request, navigation) -> dict:
    """What every page of the site shows in the visitor's language, under the names `_cached` keeps
    them: the site's entry brings them in the same cache read (portail/site_cache.py)."""
    locale = active_locale(request)
    return {
        _links_name(locale, relation): _links(request, navigation, relation, locale)
        for relation in ("menu_items", "footer_links")
    } | {"contact": _contact(navigation)}


def breadcrumb(request, page: Page) -> list[dict]:
    """The page's ancestors below the root, from the home page down: url and title. A French page
    shown in another language (`fallback_language`) gets that language's ancestors."""
    if not getattr(page, "fallback_language", ""):
        return _cached(
            request,
            f"breadcrumb:{page.pk}",
            lambda _navigation: [
                {"url": ancestor.get_url(request), "title": ancestor.title, "fallback_language": ""}
                for ancestor in page.get_ancestors()[1:]
            ],
        )
    locale = active_locale(request)

    def compute(_navigation):
        ancestors = localized_pages(list(page.get_ancestors()[1:]), locale, specific=False)
        return [
            {
                "url": in_language_prefix(ancestor.get_url(request), locale.language_code)
                if ancestor.fallback_language
                else ancestor.get_url(request),
                "title": ancestor.title,
                "fallback_language": ancestor.fallback_language,
            }
            for ancestor in ancestors
        ]

    return _cached(request, f"breadcrumb:{page.pk}:{locale.pk}", compute)


def translations(request, page: Page, languages: list[str]) -> dict[str, tuple[str, bool]]:
    """For each language, the page's translation (url, True), or when it has none the closest
    translated ancestor in that language (url, False), at worst that language's home page."""

    def compute(_navigation):
        found = {
            translation.locale.language_code: (translation.get_url(request), True)
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
        missing = [code for code in languages if code not in found]
        nearest = nearest_translated_ancestors(page, missing) if missing else {}
        for code in missing:
            found[code] = (nearest[code].get_url(request) if code in nearest else f"/{code}/", False)
        return found

    return _cached(request, f"translations:{page.pk}", compute)
