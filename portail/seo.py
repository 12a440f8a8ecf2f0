"""The meta description of a page (docs/editing.md#meta-descriptions): the editor's search description,
otherwise the page's own introduction or summary, otherwise a sentence naming the page."""

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

DESCRIPTION_LENGTH = 160  # characters search engines show
# Where a page type keeps its short presentation, in order of preference.
DESCRIPTION_FIELDS = ("search_description", "intro", "summary", "hero_text", "description")


def shortened(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """The text on one line, cut at a word boundary with an ellipsis when longer than `limit`."""
    text = " ".join(strip_tags(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.–-")
    return f"{cut}…"


def page_description(page) -> str:
    for name in DESCRIPTION_FIELDS:
        if text := shortened(str(getattr(page, name, "") or "")):
            return text
    return shortened(
        _("%(title)s: a page of the digital portal of Martinique, the one-stop shop for digital skills.")
        % {"title": page.title}
    )
