"""Reading a search from GET parameters (the page and the API share it), with explanations."""

import re

from django.conf import settings
from django.utils.translation import gettext as _

from portail.models import Commune
from portail.selectors import commune_in_text
from search.facets import FACETS
from search.query import SORTS, SearchQuery
from search.text import STOP_WORDS, words

MAX_TEXT = 200
MAX_PAGE = 500
MAX_VALUES = 40
MAX_RADIUS_KM = 100
DEFAULT_RADIUS_KM = 20  # a commune named in the text: what is within this distance of its centre
# With a place named, a text that only names a kind of result is that kind, not words to match.
KIND_NAMES = {
    "formation": ("formation", "formations", "training", "course", "courses", "cours", "curso", "cursos"),
    "financement": ("financement", "financements", "aide", "aides", "funding", "financiacion", "ayudas"),
    "lieu": ("lieu", "lieux", "tiers lieu", "tiers lieux", "place", "places", "lugar", "lugares"),
    "evenement": ("evenement", "evenements", "atelier", "ateliers", "event", "events", "workshop", "taller"),
}
TYPE_WORDS = {name: kind for kind, names in KIND_NAMES.items() for name in names}


def read_query(params, language: str, page_size: int = 20) -> tuple[SearchQuery, list[str]]:
    """The search these parameters ask for, and what was wrong with them (left out of the search)."""
    errors = []
    text = " ".join(params.get("q", "").replace("\x00", "").split())  # PostgreSQL refuses NUL
    if len(text) > MAX_TEXT:
        errors.append(_("The search text is cut to %(max)s characters.") % {"max": MAX_TEXT})
        text = text[:MAX_TEXT]
    filters = {}
    for facet in FACETS:
        values = list(dict.fromkeys(v.strip() for v in params.getlist(facet.key) if v.strip()))[:MAX_VALUES]
        allowed = dict(facet.choices)
        wrong = [v for v in values if (v not in allowed if allowed else not re.match(facet.pattern, v))]
        for value in wrong:
            errors.append(
                _("“%(value)s” is not a value of the filter %(facet)s (%(key)s).")
                % {"value": value[:50], "facet": facet.label, "key": facet.key}
            )
        if kept := [v for v in values if v not in wrong]:
            filters[facet.key] = kept
    sort = params.get("sort") or "relevance"
    if sort not in SORTS:
        errors.append(_("Sort by one of: %(sorts)s.") % {"sorts": ", ".join(SORTS)})
        sort = "relevance"
    near, place, radius = None, "", None
    if code := params.get("near", "").strip():
        commune = Commune.objects.filter(insee_code=code).first() if re.fullmatch("[0-9]{5}", code) else None
        if commune is None:
            errors.append(
                _("“%(code)s” is not the INSEE code of a commune of Martinique.") % {"code": code[:10]}
            )
        else:
            near = (float(commune.latitude), float(commune.longitude))
    elif text and params.get("anywhere") != "1":
        commune, rest = commune_in_text(text)
        if commune is not None:  # "formation Le Lorrain": what is near Le Lorrain, nearest first
            text, place, radius = rest, commune.name, DEFAULT_RADIUS_KM
            near = (float(commune.latitude), float(commune.longitude))
            sort = "distance" if sort == "relevance" else sort
            typed = " ".join(word for word in words(text) if word not in STOP_WORDS.get(language, ()))
            if (kind := TYPE_WORDS.get(typed)) and filters.get("type", [kind]) == [kind]:
                text, filters["type"] = "", [kind]  # "formation Le Lorrain": any programme there
    if wanted := params.get("radius", "").strip():
        if not (wanted.isascii() and wanted.isdigit() and 1 <= int(wanted) <= MAX_RADIUS_KM):
            errors.append(
                _("The radius is a number of kilometres from 1 to %(max)s.") % {"max": MAX_RADIUS_KM}
            )
        elif near is None:
            errors.append(_("To search within a radius, choose the commune to measure from."))
        else:
            radius = int(wanted)
    if sort == "distance" and near is None:
        errors.append(_("To sort by distance, choose the commune to measure from."))
        sort = "relevance"
    page = params.get("page") or "1"
    if not (page.isascii() and page.isdigit()) or not 1 <= int(page) <= MAX_PAGE:  # "²" is a digit
        errors.append(_("The page number must be between 1 and %(max)s.") % {"max": MAX_PAGE})
        page = "1"
    query = SearchQuery(text, language, filters, sort, near, int(page), page_size, radius, place)
    return query, errors


def read_language(params) -> tuple[str, list[str]]:
    codes = [code for code, _name in settings.LANGUAGES]
    language = params.get("lang") or settings.LANGUAGE_CODE
    if language not in codes:
        return settings.LANGUAGE_CODE, [
            _("The language must be one of: %(codes)s.") % {"codes": ", ".join(codes)}
        ]
    return language, []
