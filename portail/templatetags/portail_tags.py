from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from wagtail.models import Page

from portail import navigation
from portail.seo import page_description

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
    codes = [code for code, _name in settings.LANGUAGES]
    targets = None
    # A screen below the page (a routable page's sub-path, filters) is the same screen in every language.
    below = ""
    if isinstance(page, Page) and page.pk:
        targets = navigation.translations(request, page, codes)
        page_url = page.get_url(request) or ""
        full_path = request.get_full_path()
        if page_url and full_path.startswith(page_url):
            below = full_path[len(page_url) :]
    links = []
    for code in codes:
        if targets is not None:
            url, translated = targets[code]
            if translated:
                url += below
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


@register.simple_tag(takes_context=True)
def breadcrumb_links(context, page):
    """The page's ancestors below the root: url and title."""
    return navigation.breadcrumb(context["request"], page)


@register.simple_tag(takes_context=True)
def site_contact(context):
    """The site's postal address, e-mail and phone (navigation settings)."""
    return navigation.contact(context["request"])


@register.filter
def euros(amount) -> str:
    """An amount as the active language groups digits, then a no-break space and "€": "1 000 €" in
    French and Spanish, "1,000 €" in English; cents only when there are some."""
    if amount is None or amount == "":
        return ""
    cents = 0 if amount == int(amount) else 2
    return f"{formats.number_format(amount, cents, force_grouping=True)}\xa0€"


@register.simple_tag
def meta_description(page) -> str:
    """The page's meta description (portail.seo), or the portal's own for views without a page."""
    if not isinstance(page, Page):
        return _("Training, funding, support for businesses, digital spaces and workshops in Martinique.")
    return page_description(page.specific)
