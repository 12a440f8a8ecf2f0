"""`{% page_content %}…{% endpage_content %}`: a content page's main part rendered once and read from
the cache on the next requests (issue 20, cold pages; ADR 0017), for signed-in visitors too, and for
anonymous ones when the page cache is off or empty.

The part must show only the page and the pages it links to, the same for every visitor: no form, no
message, nothing personal. Its key holds the version of the site's pages (portail/content_version.py:
any publish, move, deletion, or change to an image or a document replaces it), the page's own state
(`Page.cache_key`), the site, the language and the release's static files. A preview renders the
draft and keeps nothing. The page's link blocks (`link_streams`) are localized only when the part is
rendered: a part read from the cache costs no query.
"""

from django import template
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.models import Site

from portail import content_version, page_cache
from portail.cache import cache_coherent
from portail.selectors import localize_links

register = template.Library()
# A part holding a form token is bound to one visitor's session: never kept.
PERSONAL_MARKERS = ("csrfmiddlewaretoken",)


class PageContentNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        request, page = context.get("request"), context.get("page")
        if request is None or page is None or getattr(request, "is_preview", False) or not cache_coherent():
            return self.render_content(context, request, page)
        site = Site.find_for_request(request)
        version = content_version.version(request)  # read by the site's middleware, before the page
        # A release with other static files has other URLs in its parts (ManifestStaticFilesStorage).
        release = getattr(staticfiles_storage, "manifest_hash", "")
        key = content_version.key(
            version, "content", page.cache_key, site.pk if site else "", get_language(), release
        )
        content = cache.get(key)
        if content is None:
            content = self.render_content(context, request, page)
            if not any(marker in content for marker in PERSONAL_MARKERS):
                # Kept as long as whole pages at most: a release's new markup shows within that time.
                cache.set(key, content, timeout=page_cache.TIMEOUT)
        return content

    def render_content(self, context, request, page) -> str:
        streams = [getattr(page, name) for name in getattr(page, "link_streams", ())]
        if request is not None and streams:
            localize_links(request, *streams)
        return self.nodelist.render(context)


@register.tag
def page_content(parser, token):
    nodelist = parser.parse(("endpage_content",))
    parser.delete_first_token()
    return PageContentNode(nodelist)
