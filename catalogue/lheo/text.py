"""Text between LHEO (plain text, sometimes HTML) and the catalogue's rich text fields."""

import html
import re
from html.parser import HTMLParser

ALLOWED_TAGS = {"p", "ul", "ol", "li", "b", "strong", "i", "em", "br", "a"}
VOID_TAGS = {"br"}
SAFE_URL = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
EMPTY = {"", "-", "--", "nc", "n/a"}


class _Sanitiser(HTMLParser):
    """Keeps paragraphs, lists, emphasis and http(s)/mailto links; drops every other tag and attribute."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skipping += 1
            return
        if tag not in ALLOWED_TAGS:
            return
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if not SAFE_URL.match(href):
                return
            self.parts.append(f'<a href="{html.escape(href, quote=True)}">')
        else:
            self.parts.append(f"<{tag}>")
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skipping = max(0, self.skipping - 1)
            return
        if tag in self.open:
            while self.open:
                closing = self.open.pop()
                self.parts.append(f"</{closing}>")
                if closing == tag:
                    break

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        return "".join(self.parts) + "".join(f"</{tag}>" for tag in reversed(self.open))


def sanitise_html(markup: str) -> str:
    parser = _Sanitiser()
    parser.feed(markup)
    return parser.result().strip()


def to_rich_text(text: str) -> str:
    """LHEO text → rich text: HTML is cleaned, plain text becomes paragraphs; "-" means nothing."""
    text = (text or "").strip()
    if text.lower() in EMPTY:
        return ""
    if TAG.search(text):
        return sanitise_html(text)
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in paragraphs)


def from_rich_text(markup: str) -> str:
    """Rich text → LHEO text (clean HTML, without the editor's internal attributes); "-" when empty."""
    return sanitise_html(markup or "") or "-"


def plain(text: str | None) -> str:
    text = (text or "").strip()
    return "" if text.lower() in EMPTY else text
