"""A search as the engines receive it, and the parsed text with its synonyms."""

import html
import math
import re
from dataclasses import dataclass, field

from search.text import STOP_WORDS, stem, words

SORTS = ("relevance", "session", "deadline", "distance", "title")
KM_PER_DEGREE = 111.2
WORD_SPLIT = re.compile(r"(\w+)")
COS_LATITUDE = math.cos(math.radians(14.6))  # Martinique: degrees of longitude are shorter


@dataclass
class SearchQuery:
    text: str = ""
    language: str = "fr"
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    near: tuple[float, float] | None = None  # latitude, longitude of the commune for the distance sort
    page: int = 1
    page_size: int = 20
    radius_km: float | None = None  # with `near`: only what is within this distance
    place: str = ""  # the name of the commune `near` is, when the text named it
    extracts: bool = True  # False: hits without their highlighted extract (listings show their own cards)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


@dataclass
class FacetCount:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Hit:
    type: str
    title: str
    url: str
    locale: str
    summary: str
    highlight: str
    next_date: object = None
    deadline: object = None
    distance_km: float | None = None
    key: str = ""  # the object's group key ("app.model:translation key or pk"), for listings


@dataclass
class SearchResults:
    count: int
    hits: list[Hit]
    facets: dict[str, list[FacetCount]]
    engine: str
    fuzzy: bool = False  # no exact match: these are titles close to what was typed
    corrected: str = ""  # no exact match: the text with its misspelt words corrected, searched instead


def synonym_index(groups: list[list[str]]) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    index = {}
    for terms in groups:
        alternatives = [tuple(words(term)) for term in terms if words(term)]
        for alternative in alternatives:
            index[alternative] = alternatives
    return index


def parse(text: str, synonyms: dict) -> list[list[tuple[str, ...]]]:
    """The words typed as clauses that must all match; a clause is a word or a synonym group.

    "formation cybersecurity" with the group cybersécurité/cybersecurity/ciberseguridad gives
    [[("formation",)], [("cybersecurite",), ("cybersecurity",), ("ciberseguridad",)]].
    """
    typed = words(text)[:20]
    longest = max((len(key) for key in synonyms), default=1)
    clauses, i = [], 0
    while i < len(typed):
        for n in range(min(longest, len(typed) - i), 0, -1):
            key = tuple(typed[i : i + n])
            if n == 1 or key in synonyms:
                clauses.append(synonyms.get(key, [key]))
                i += n
                break
    return clauses


PREFIX = "*"  # a word ending so matches the words it starts


def with_prefix(clauses) -> list[list[tuple[str, ...]]]:
    """The last word typed, when it has no synonyms and 3 letters or more, also matches as the start
    of a word (besides as itself, which ranks higher): "cyber" finds "cybersécurité"."""
    if clauses and len(clauses[-1]) == 1 and len(clauses[-1][0]) == 1 and len(clauses[-1][0][0]) >= 3:
        word = clauses[-1][0][0]
        return [*clauses[:-1], [(word,), (word + PREFIX,)]]
    return clauses


def _stem(word: str, language: str) -> str:
    """A prefix's stem loses its last letter (3 letters kept): the stem of a complete word may be
    shorter than the stem of its start ("formati" → "formati", "formation" → "format" in English)."""
    if word.endswith(PREFIX):
        start = word[:-1]
        return stem(start, language)[: max(3, len(start) - 1)] + PREFIX
    return stem(word, language)


def stemmed(clauses, language: str, stemming: bool = True) -> list[list[list[str]]]:
    """The clauses in a language's stems, stop words out; a clause of stop words only is dropped.
    A prefix is always stemmed (as `_stem` cuts it) and keeps its mark (`PREFIX`)."""
    stop = STOP_WORDS.get(language, set())
    result = []
    for clause in clauses:
        alternatives = [
            [
                _stem(w, language) if stemming or w.endswith(PREFIX) else w
                for w in alt
                if w.rstrip(PREFIX) not in stop
            ]
            for alt in clause
        ]
        if all(alternatives):
            result.append(alternatives)
    return result


def highlight(text: str, clauses, language: str, size: int = 60) -> str:
    """An escaped extract of the text around the first word searched, those words in <mark>."""
    from search.text import folded_stem

    wanted = {s for clause in stemmed(clauses, language) for alt in clause for s in alt}
    starts = tuple(s[:-1] for s in wanted if s.endswith(PREFIX))
    tokens = WORD_SPLIT.split(text)  # words at odd positions

    def searched(word: str) -> bool:
        found = folded_stem(word, language)
        return found in wanted or bool(starts and found.startswith(starts))

    # Stems only up to the first word searched, then within the extract.
    first = next((i for i in range(1, len(tokens), 2) if searched(tokens[i])), 1) if wanted else 1
    start = max(0, first - 16) // 2 * 2
    end = min(len(tokens), start + size)
    marked = {i for i in range(start + 1, end, 2) if wanted and searched(tokens[i])}
    parts = ["…" if start else ""]
    for i in range(start, end):
        # html.escape: what django.utils.html.escape does, without its lazy-string wrapper per word
        parts.append(f"<mark>{html.escape(tokens[i])}</mark>" if i in marked else html.escape(tokens[i]))
    return "".join(parts).strip() + ("…" if end < len(tokens) else "")
