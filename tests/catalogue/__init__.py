"""Tests of the training catalogue. Helpers shared by its test modules are below."""

import html
import re

from django.utils import translation
from django.utils.html import escape


def titles(page_html: str) -> list[str]:
    """The programme titles listed on a catalogue or provider page, in order."""
    found = re.findall(r'<h3 class="scheme-card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', page_html)
    return [html.unescape(title) for title in found]


def links(page_html: str) -> dict[str, str]:
    """Programme title → the address its card links to."""
    found = re.findall(r'<h3 class="scheme-card__title"><a href="([^"]+)"[^>]*>([^<]+)</a>', page_html)
    return {html.unescape(title): html.unescape(href) for href, title in found}


def in_french(message: str) -> str:
    """An interface message as the French pages show it (in English until it has a translation)."""
    with translation.override("fr"):
        return escape(translation.gettext(message))
