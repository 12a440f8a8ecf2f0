"""Misspelt words corrected from the index's own words, the same on SQLite and PostgreSQL.

The lexicon is the words of the titles and summaries shown in a language (each folded word with its
most frequent spelling), kept in the cache until the entries change. A typed word of 5 letters or
more that the lexicon lacks becomes the most frequent word within one edit of it (two from 8
letters: "devlopeur" → "développeur"), with the same first letter: people rarely mistype it.
"""

import re
from collections import Counter, defaultdict

from django.core.cache import cache
from django.db.models import Count, Max

from search.models import SearchEntry
from search.text import STOP_WORDS, fold

LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters, accented or not
LEXICON_ENTRIES = 20_000  # the most boosted entries of a language give its lexicon
SHORTEST = 5


def correction(text: str, language: str) -> str:
    """The text with its misspelt words corrected, or "" when no word needed (or found) one."""
    known = lexicon(language)
    changed = False

    def corrected(match) -> str:
        nonlocal changed
        word = match.group()
        folded = fold(word)
        if len(folded) < SHORTEST or folded in known or folded in STOP_WORDS.get(language, ()):
            return word
        best = closest(folded, known)
        if best is None:
            return word
        changed = True
        return known[best][1]

    text = LETTERS.sub(corrected, text)
    return text if changed else ""


def closest(word: str, known: dict) -> str | None:
    """The most frequent known word within the allowed edits of `word` (ties: the fewest edits)."""
    allowed = 2 if len(word) >= 8 else 1
    candidates = []
    for other, (count, _shown) in known.items():
        if other[0] == word[0] and abs(len(other) - len(word)) <= allowed:
            edits = distance(word, other, allowed)
            if edits <= allowed:
                candidates.append((edits, -count, other))
    return min(candidates)[2] if candidates else None


def distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from a to b; limit + 1 once above."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def lexicon(language: str) -> dict[str, tuple[int, str]]:
    """Folded word → (occurrences, most frequent spelling), for the entries shown in `language`."""
    entries = SearchEntry.objects.filter(locale=language)
    state = entries.aggregate(count=Count("id"), last=Max("id"))
    key = f"search:lexicon:{language}:{state['count']}:{state['last']}"
    known = cache.get(key)
    if known is None:
        spellings = defaultdict(Counter)
        for title, summary in entries.order_by("-boost", "id").values_list("title", "summary")[
            :LEXICON_ENTRIES
        ]:
            for word in LETTERS.findall(f"{title} {summary}"):
                spellings[fold(word)][word.lower()] += 1
        known = {
            folded: (sum(counts.values()), counts.most_common(1)[0][0])
            for folded, counts in spellings.items()
        }
        cache.set(key, known, 24 * 3600)
    return known
