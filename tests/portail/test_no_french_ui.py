"""English and Spanish pages never show French interface text.

The detector: every sentence of the French catalogue whose English and Spanish translations differ
from it is looked for in the interface of a page (its text and its aria-label, placeholder, title
and alt attributes), leaving out what is marked `lang="fr"` (content shown untranslated, the
switcher's "Français"). It must find French on a French page, or it would prove nothing.
"""

import gettext
import re
from pathlib import Path

import pytest

from django.conf import settings

from tests.utils import translate

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale"
FRENCH_ELEMENT = re.compile(r'<(?!html\b)(\w+)\b[^>]*\blang="fr"[^>]*>.*?</\1>', re.DOTALL)
SCRIPT = re.compile(r"<(script|style|head)\b.*?</\1>", re.DOTALL)
ATTRIBUTE = re.compile(r'\b(?:aria-label|placeholder|title|alt)="([^"]*)"')
TAG = re.compile(r"<[^>]+>")


def _catalogue(language: str) -> dict[str, str]:
    with open(LOCALE / language / "LC_MESSAGES" / "django.mo", "rb") as mo:
        return {
            key: value for key, value in gettext.GNUTranslations(mo)._catalog.items() if isinstance(key, str)
        }


def french_only_sentences() -> list[str]:
    """French interface sentences (two words or more, no placeholder) unlike their en/es versions,
    leaving out proper names that English and Spanish sentences keep ("Collectivité Territoriale…")."""
    french, spanish = _catalogue("fr"), _catalogue("es")
    kept_as_is = "\n".join([*french, *spanish.values()])
    found = []
    for msgid, text in french.items():
        msgid = msgid.split("\x04")[-1]  # without the message context
        if not msgid or "%" in text or "{" in text or "<" in text or len(text.split()) < 2:
            continue
        if text not in (msgid, spanish.get(msgid, msgid)) and text not in kept_as_is:
            found.append(text)
    return found


def interface_text(html: str) -> str:
    """What a page says besides its content in French: text and labelling attributes."""
    html = SCRIPT.sub(" ", html)
    previous = None
    while previous != html:  # nested French elements
        previous, html = html, FRENCH_ELEMENT.sub(" ", html)
    attributes = " ".join(ATTRIBUTE.findall(html))
    text = TAG.sub(" ", html) + " " + attributes
    return " ".join(text.replace("&#x27;", "'").replace("&nbsp;", " ").replace("\xa0", " ").split())


def french_in(html: str, sentences: list[str]) -> list[str]:
    text = interface_text(html)
    return [sentence for sentence in sentences if " ".join(sentence.replace("\xa0", " ").split()) in text]


@pytest.fixture
def public_pages(site_tree, event, places, event_index):
    """One page of each public type, some translated, some shown in French."""
    from wagtail.models import Locale

    from tests.financements.factories import FundingGuidePageFactory, FundingSchemePageFactory

    guide = FundingGuidePageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    translate(guide, "en", title="Funding", slug="funding")
    translate(guide, "es", title="Financiación", slug="financiacion")
    FundingSchemePageFactory(parent=guide, title="Mofwazaj Dijital", slug="mofwazaj-dijital")
    return {
        "en": [
            "/en/",
            "/en/learn/",
            "/en/events/",
            "/en/evenements/premiers-pas/",
            "/en/evenements/premiers-pas/sign-up/",
            "/en/community-digital-spaces/",
            "/en/tiers-lieux/la-sphere-972/",
            "/en/tiers-lieux/la-sphere-972/correct/",
            "/en/funding/",
            "/en/funding/find/",
            "/en/funding/mofwazaj-dijital/",
            "/en/search/?q=zzzzqqq",
            "/en/guichet/",
            "/en/label/",
            "/en/accounts/login/",
            "/en/nowhere/",
        ],
        "es": [
            "/es/",
            "/es/formarse/",
            "/es/eventos/",
            "/es/evenements/premiers-pas/",
            "/es/espacios-digitales/",
            "/es/tiers-lieux/la-sphere-972/",
            "/es/financiacion/encontrar/",
            "/es/financiacion/mofwazaj-dijital/",
            "/es/busqueda/?q=zzzzqqq",
            "/es/guichet/",
            "/es/label/",
            "/es/accounts/login/",
        ],
    }


def test_the_detector_finds_french_interface_text_on_a_french_page(client, site_tree):
    html = client.get("/fr/se-former/").content.decode()

    assert french_in(html, french_only_sentences())


@pytest.mark.parametrize("language", ["en", "es"])
def test_english_and_spanish_pages_show_no_french_interface_text(client, public_pages, language):
    sentences = french_only_sentences()
    assert len(sentences) > 100  # the catalogue was read

    for path in public_pages[language]:
        response = client.get(path, follow=True)
        assert response.status_code in (200, 404), path
        assert french_in(response.content.decode(), sentences) == [], path
