"""Small helpers for the apps' builders (their search modules, see search.registry)."""

from django.utils.html import strip_tags

from wagtail.models import Locale, Page

from portail.selectors import localized_pages


def plain(*html: str) -> str:
    """Rich text as plain text, the pieces separated by spaces."""
    return " ".join(strip_tags(str(piece)).replace("\xa0", " ") for piece in html if piece).strip()


def stream_text(stream) -> str:
    """Every text of a StreamField (headings, paragraphs, captions), as plain text."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            for key, child in value.items():
                if key not in ("id", "type", "page", "image", "document", "level"):
                    walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)
        elif isinstance(value, str):
            found.append(value)

    walk(list(stream.raw_data) if stream else [])
    return plain(*found)


def page_url(page: Page) -> str:
    return page.get_url() or ""


def titles_in(pages: list[Page], language: str) -> dict[int, str]:
    """Each page's title in a language (its own when not translated), by the given page's id."""
    if not pages:
        return {}
    locale = Locale.objects.filter(language_code=language).first()
    shown = {page.translation_key: page.title for page in localized_pages(pages, locale)}
    return {page.pk: shown.get(page.translation_key, page.title) for page in pages}


def territory_facets(commune) -> tuple[dict, dict]:
    """The commune and EPCI facets of a document in one commune (or none), and their labels."""
    if commune is None:
        return {"commune": [], "epci": []}, {}
    facets = {"commune": [commune.insee_code], "epci": [commune.epci.code]}
    labels = {
        ("commune", commune.insee_code): commune.name,
        ("epci", commune.epci.code): commune.epci.short_name,
    }
    return facets, labels
