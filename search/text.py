"""Text folding shared by the engines: case, accents, elision, stop words and Snowball stems."""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

SNOWBALL = {"fr": "french", "en": "english", "es": "spanish"}
ELISION = re.compile(r"\b(?:qu|jusqu|lorsqu|puisqu|[cdjlmnst])['’]", re.IGNORECASE)
WORD = re.compile(r"[a-z0-9]+")
STOP_WORDS = {
    "fr": {"a", "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "et", "il"}
    | {"la", "le", "les", "leur", "ou", "par", "pour", "sur", "un", "une"},
    "en": {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of"}
    | {"on", "or", "the", "to", "with"},
    "es": {"a", "al", "con", "de", "del", "el", "en", "es", "la", "las", "lo", "los", "para", "por"}
    | {"que", "se", "un", "una", "y"},
}


def fold(text: str) -> str:
    """Lower case, no accents, no elision: "L'Équipe" gives "equipe"."""
    text = ELISION.sub(" ", text.lower()).replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


@lru_cache(maxsize=8)
def _stemmer(language: str):
    return snowballstemmer.stemmer(SNOWBALL.get(language, "french"))


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    return _stemmer(language).stemWord(word)


@lru_cache(maxsize=200_000)
def folded_stem(word: str, language: str) -> str:
    """The stem of one word as typed (highlighting looks up every word of the hits)."""
    return stem(fold(word), language)


def stems(text: str, language: str) -> list[str]:
    """The stems of the words of a text, stop words left out: "Les réseaux" gives ["reseau"]."""
    stop = STOP_WORDS.get(language, set())
    return [stem(word, language) for word in words(text) if word not in stop]


def terms(*texts: str, language: str) -> str:
    """The distinct stems of some texts, space separated and padded, for `contains " stem "` lookups."""
    distinct = dict.fromkeys(stem for text in texts for stem in stems(text, language))
    return " " + " ".join(distinct) + " "
