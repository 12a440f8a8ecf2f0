"""Content pages (type "page") in the search; see docs/search.md."""

from django.utils.translation import gettext_lazy as _

from portail.models import HomePage, StandardPage
from search.builders import page_url, stream_text
from search.documents import SearchDocument
from search.registry import register, register_type


def register_search():
    """Called by PortailConfig.ready(): the type of this module."""
    register_type("page", _("Page"))


@register("page", StandardPage)
def build_standard_page(page: StandardPage, language: str) -> SearchDocument:
    return SearchDocument(
        type="page",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.intro or page.search_description,
        body=stream_text(page.body),
        boost=0.8,
    )


@register("page", HomePage)
def build_home_page(page: HomePage, language: str) -> SearchDocument:
    return SearchDocument(
        type="page",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.hero_text,
        boost=0.5,
    )
