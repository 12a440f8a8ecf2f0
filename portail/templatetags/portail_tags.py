from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats
from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from wagtail.models import Page

from portail import languages, navigation
from portail.seo import page_description

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language to the same screen: the page's translation, with the same sub-route
    (its slugs translated) and query string, or the same path under the other language's prefix.

    `translated` is false when a page has no translation in that language: the link then goes to
    the French page shown under that language's prefix (`portail.languages`), which says it is in
    French, and no hreflang alternate is announced.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    codes = [code for code, _name in settings.LANGUAGES]
    targets = None
    if isinstance(page, Page) and page.pk:
        targets = navigation.translations(request, page, codes)
    links = []
    for code in codes:
        if targets is not None:
            url, translated = targets[code]
            source_url, source_translated = targets[languages.SOURCE_LANGUAGE]
            if not translated and source_translated:
                url = languages.in_language_prefix(source_url, code)
            url += languages.below_page(request, page, code)
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


@register.simple_tag
def content_lang(page):
    """` lang="fr"` on the content of a page shown untranslated (`fallback_language`), else nothing."""
    code = getattr(page, "fallback_language", "")
    return format_html(' lang="{}"', code) if code else ""


@register.simple_tag
def content_text(page, text):
    """`text` (a page's title…) to put in an interface sentence: in a `<span lang="fr">` when the
    page is shown untranslated (`fallback_language`), escaped as usual otherwise."""
    code = getattr(page, "fallback_language", "")
    return format_html('<span lang="{}">{}</span>', code, text) if code else conditional_escape(text)
