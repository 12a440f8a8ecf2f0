from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

from portail import navigation
from portail.selectors import nearest_translated_ancestors

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the page's translation, or the same screen in that language.

    `translated` is false when a page has no translation in that language: the link then goes to
    its closest translated ancestor in that language (the listing it belongs to, at worst the home
    page) and no hreflang alternate is announced.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = None
    if isinstance(page, Page) and page.pk:
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    # A screen below the page (a routable page's sub-path, filters) is the same screen in every language.
    below = ""
    if translations is not None:
        page_url = page.get_url(request) or ""
        full_path = request.get_full_path()
        if page_url and full_path.startswith(page_url):
            below = full_path[len(page_url) :]
        missing = [code for code, _name in settings.LANGUAGES if code not in translations]
        nearest = nearest_translated_ancestors(page, missing) if missing else {}
    for code, _name in settings.LANGUAGES:
        if translations is not None:
            target = translations.get(code)
            translated = target is not None
            if translated:
                url = target.get_url(request) + below
            else:
                url = nearest[code].get_url(request) if code in nearest else f"/{code}/"
        else:
            url, translated = translate_url(request.get_full_path(), code), True
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"].capitalize(),
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
                "translated": translated,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def navigation_pages(context, relation):
    """The links of the menu ("menu_items") or the footer ("footer_links"), in the visitor's language."""
    return navigation.links(context["request"], relation)


@register.filter
def euros(amount) -> str:
    """An amount as the active language groups digits, then a no-break space and "€": "1 000 €" in
    French and Spanish, "1,000 €" in English; cents only when there are some."""
    if amount is None or amount == "":
        return ""
    cents = 0 if amount == int(amount) else 2
    return f"{formats.number_format(amount, cents, force_grouping=True)}\xa0€"
