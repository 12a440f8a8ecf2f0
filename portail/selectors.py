"""Reads for the portal: the commune lookup and localized navigation."""

import difflib
import re
import unicodedata

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Locale, Page

from portail.models.territory import Commune

ARTICLES = {"le", "la", "les", "l"}
ABBREVIATIONS = {"st": "saint", "ste": "sainte"}
INSEE_CODE = re.compile(r"^(?:code\s+)?insee\s*:?\s*(?P<code>\d{5})$", re.IGNORECASE)
POSTAL_CODE_AND_NAME = re.compile(
    r"^(?:(?P<before>\d{5})\s+(?P<name1>.+)|(?P<name2>.+?)\s+(?P<after>\d{5}))$"
)


class CommuneLookupError(ValueError):
    """Raised with a message that can be shown to the person who typed the text."""


def normalise_place_name(text: str) -> str:
    """'L'Ajoupa-Bouillon', 'ajoupa bouillon' and 'AJOUPA-BOUILLON' all give 'ajoupa bouillon'."""
    text = text.strip().lower().replace("œ", "oe").replace("æ", "ae")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = [ABBREVIATIONS.get(word, word) for word in re.split(r"[^a-z0-9]+", text) if word]
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def commune_lookup(text: str) -> Commune:
    """Find a commune of Martinique from a name typed any way, a postal code or an INSEE code.

    Five digits are read as a postal code first (most codes 97211-97234 are the postal code of one
    commune and the INSEE code of another, and people type postal codes); "INSEE 97213" is always
    read as an INSEE code. Raises CommuneLookupError with a message for the person who typed it.
    """
    text = (text or "").strip()
    if not text:
        raise CommuneLookupError(_("Enter the name of a commune, its postal code or its INSEE code."))
    communes = list(Commune.objects.select_related("epci"))
    if insee := INSEE_CODE.match(text):
        return _lookup_insee_code(insee["code"], communes)
    compact = re.sub(r"\s+", "", text)
    if compact.isdigit():
        return _lookup_code(compact, communes)
    index = _names_index(communes)
    match = POSTAL_CODE_AND_NAME.match(text)
    if match and normalise_place_name(text) not in index:
        commune = _lookup_name(match["name1"] or match["name2"], index)
        code = match["before"] or match["after"]
        if code not in commune.postal_codes and code != commune.insee_code:
            raise CommuneLookupError(
                _("%(code)s is not a postal code of %(name)s (its postal code: %(codes)s).")
                % {"code": code, "name": commune.name, "codes": ", ".join(commune.postal_codes)}
            )
        return commune
    return _lookup_name(text, index)


def _names_index(communes):
    index = {}
    for commune in communes:
        for name in [commune.name, *commune.aliases]:
            index[normalise_place_name(name)] = commune
    return index


LEADING_ARTICLES = ARTICLES | {"au", "aux", "du", "des"}  # "au Lorrain", "du François"
TEXT_WORD = re.compile(r"[^\W_]+")


def commune_in_text(text: str) -> tuple[Commune | None, str]:
    """A commune of Martinique named in a free text, and the text without it: "formation au Lorrain"
    gives (Le Lorrain, "formation"). A name with an article is only read after one (le, la, les, l',
    au, aux, du, des): alone, "marin" is a sailor and "lamentin" a manatee. The longest name wins."""
    tokens = list(TEXT_WORD.finditer(text))
    if not tokens:
        return None, text
    names = _names_index(Commune.objects.all())
    folded = [normalise_place_name(token.group()) for token in tokens]
    longest = max(len(name.split()) for name in names)
    for i in range(len(tokens)):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            commune = names.get(" ".join(folded[i : i + n]))
            if commune is None:
                continue
            start = i
            if re.split(r"[\s'’]", commune.name.lower())[0] in ARTICLES:
                if i == 0 or folded[i - 1] not in LEADING_ARTICLES:
                    continue
                start = i - 1
            rest = text[: tokens[start].start()] + " " + text[tokens[i + n - 1].end() :]
            return commune, " ".join(rest.split())
    return None, text


def _lookup_name(text, index):
    key = normalise_place_name(text)
    if key in index:
        return index[key]
    message = _("“%(text)s” is not a commune of Martinique.") % {"text": text}
    close = difflib.get_close_matches(key, index, n=1, cutoff=0.75)
    if close:
        message += " " + _("Did you mean %(name)s?") % {"name": index[close[0]].name}
    raise CommuneLookupError(message)


def _lookup_insee_code(code, communes):
    for commune in communes:
        if commune.insee_code == code:
            return commune
    raise CommuneLookupError(_("%(code)s is not the INSEE code of a commune of Martinique.") % {"code": code})


def _lookup_code(code, communes):
    # People type postal codes, and most codes 97211-97234 are both the postal code of one commune
    # and the INSEE code of another: postal codes win, INSEE codes answer when no postal code matches.
    matches = [commune for commune in communes if code in commune.postal_codes]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise CommuneLookupError(
            _("The postal code %(code)s covers several communes (%(names)s): type the name of yours.")
            % {"code": code, "names": ", ".join(commune.name for commune in matches)}
        )
    try:
        return _lookup_insee_code(code, communes)
    except CommuneLookupError:
        raise CommuneLookupError(
            _("%(code)s is neither a postal code nor an INSEE code of a commune of Martinique.")
            % {"code": code}
        ) from None


def localized_pages(pages: list[Page], locale: Locale | None = None, *, specific: bool = True) -> list[Page]:
    """Each live page in the given (default: active) locale, or itself if not translated; `specific`
    costs one query per page type: leave it out where the title and the URL are enough.

    A page shown untranslated gets `fallback_language` (its language code), for a `lang` attribute.
    """
    locale = locale or Locale.get_active()
    keys = [page.translation_key for page in pages if page.live]
    # A live page already in the locale (and specific, when asked) is its own answer: no query.
    by_key = {
        page.translation_key: page
        for page in pages
        if page.live and page.locale_id == locale.pk and not (specific and type(page) is Page)
    }
    others = [page for page in pages if page.live and page.translation_key not in by_key]
    if others:
        locales = {locale.pk, *(page.locale_id for page in others)}
        found = Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in others], locale__in=locales
        )
        for page in found.specific() if specific else found:
            if page.locale_id == locale.pk or page.translation_key not in by_key:
                by_key[page.translation_key] = page
    result = [by_key[key] for key in keys if key in by_key]
    untranslated = any(page.locale_id != locale.pk for page in result)
    codes = dict(Locale.objects.values_list("pk", "language_code")) if untranslated else {}
    for page in result:
        # Set on every page: a template reading a missing attribute costs a dir() of the page.
        page.fallback_language = "" if page.locale_id == locale.pk else codes[page.locale_id]
    return result


def source_page(page: Page) -> Page:
    """The page in the default language (French), where facts shared by its translations live."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


def active_locale(request) -> Locale:
    """Locale.get_active(), remembered on the request: many parts of a page ask for it."""
    language = get_language()
    cached = getattr(request, "_portail_locale", None)
    if cached is None or cached[0] != language:
        cached = request._portail_locale = (language, Locale.get_active())
    return cached[1]


def localize_links(request, *stream_values: StreamValue) -> None:
    """Point every link block of these streams at its page in the visitor's language, in one query."""
    from portail.blocks import LinkValue

    links = []

    def walk(value):
        if isinstance(value, LinkValue):
            links.append(value)
        elif isinstance(value, StructValue):
            for child in value.values():
                walk(child)
        elif isinstance(value, StreamValue | ListValue | list):
            for child in value:
                walk(getattr(child, "value", child))

    for stream in stream_values:
        walk(stream)
    pages = [link["page"] for link in links if link.get("page")]
    localized = localized_pages(pages, active_locale(request), specific=False)
    translations = {page.translation_key: page for page in localized}
    for link in links:
        if link.get("page"):
            link.localized_page = translations.get(link["page"].translation_key)


def nearest_translated_ancestors(page: Page, languages: list[str]) -> dict[str, Page]:
    """For each language, the closest live ancestor of `page` translated into it: where the language
    switcher leads when the page itself is not translated (at worst the home page). Two queries."""
    depths = {
        ancestor.translation_key: ancestor.depth for ancestor in page.get_ancestors().filter(depth__gt=1)
    }
    nearest = {}
    candidates = Page.objects.live().filter(translation_key__in=depths, locale__language_code__in=languages)
    for candidate in candidates.select_related("locale"):
        code = candidate.locale.language_code
        if code not in nearest or depths[candidate.translation_key] > depths[nearest[code].translation_key]:
            nearest[code] = candidate
    return nearest
