"""PostgreSQL: the first page by relevance without ranking every hit (docs/adr/0019-relevance-per-word.md).

A posting's rank is `ts_rank` of the query's words joined by | (calc_rank_or: each word's share,
summed, divided by the number of words) times its boost. A word's share depends only on where it is
found in the posting; the bitmaps' classes (weighted A, weighted B, found twice, five times) bound
it. Summed per posting on the bits (bit-sliced integers, in units of `UNIT`, rounded up), these
bounds let PostgreSQL rank only the postings that could reach the page: those whose bound reaches
the k-th best rank found among the best bounds. The page is the one ranking every hit would give.
"""

import math
import re
from itertools import zip_longest

from search.engines import bitmaps

ZETA2 = 1.64493406685  # calc_rank_or's divisor (π²/6)
UNIT = 2**-14  # a bound's unit
MARGIN = 1e-3  # above a bound, for PostgreSQL's float4 arithmetic
CAP = 4000  # more postings to rank than this: rank every hit
DIRECT = 3000  # fewer hits than this: ranking every one is as fast


def word_bound(weight: float, below: float, most: int | None) -> float:
    """A word's share of calc_rank_or in a posting at most, when its heaviest position weighs
    `weight`, the positions before the first of those at most `below`, and it is found `most` times
    at most (None: any number). Share = (w_m + Σ w_j/(j+1)² − w_m/(m+1)²) / ζ(2), m the first
    heaviest position."""

    def squares(start, stop):
        return sum(1 / (j * j) for j in range(start, stop + 1))

    return max(
        (
            weight * (1 - 1 / (m + 1) ** 2)
            + below * squares(1, m)
            + weight * (ZETA2 - squares(1, m) if most is None else squares(m + 1, most))
        )
        / ZETA2
        for m in range(most or 256)  # PostgreSQL keeps 256 positions of a word at most
    )


# ts_rank's weights: A 1.0, B 0.4, C 0.2 (D 0.1 below it); found once, 2-4 times, 5 times or more.
BOUNDS = {
    weight: [word_bound(weight, below, most) for most in (1, 4, None)]
    for weight, below in ((1.0, 0.4), (0.4, 0.2), (0.2, 0.1))
}


def page(counting: bitmaps.Counting, language: str, size: int, offset: int, entries, ordering: str):
    """The page's ids by relevance, ranking in SQL only the hits whose bound can reach it (`entries`:
    the hits with their rank, as (sql, params), sorted by `ordering`). None when more than `CAP`
    would be ranked, or when `bitmaps.ranked` refuses (postings written since)."""
    state = bitmaps.loaded(language, counting.token)
    if state is None or counting.count < DIRECT:
        return None
    words = {word for words in counting.words.values() for word in words}
    sets = bitmaps.word_sets(language, counting.token, words)
    if sets is None:
        return None
    wanted = offset + size
    planes = bounds(counting, state, {**counting.sets, **sets})
    first = _best(planes, wanted, counting.hits)
    rows = _ranked(first, state, counting, language, wanted, (entries, ordering))
    if rows is None:
        return None
    if len(rows) == wanted:  # any hit whose bound reaches the k-th rank found could be above it
        second = _at_least(planes, math.floor(rows[-1][1] / UNIT), counting.hits)
        if second & ~first:
            rows = _ranked(second, state, counting, language, wanted, (entries, ordering))
    return None if rows is None else [pk for pk, _rank in rows[offset:]]


def bounds(counting: bitmaps.Counting, state, sets: dict) -> list[int]:
    """Each hit's bound in units, as bit planes: bit b of a hit's bound is its bit in plane b."""
    total = []
    for code, words in counting.words.items():
        for boost, boosted in state.boosts.items():
            group = counting.hits & state.languages.get(code, 0) & boosted
            if not group or not words:
                continue  # a hit without words of its language ranks 0
            scale = boost * (1 + MARGIN) / len(words) / UNIT
            planes = []
            for word in words:
                planes = _sum(planes, _addend(sets, word, group, scale))
            total = _together(total, planes)
    return total


def _addend(sets: dict, word: str, group: int, scale: float) -> list[int]:
    """The word's bound in each posting of `group`, as bit planes."""
    every = sets["w"].get(word, 0)
    present = every & group
    if every.bit_count() < bitmaps.RARE:  # no classes kept: the highest
        return _planes(math.ceil(BOUNDS[1.0][2] * scale), present)
    heavy = sets["A"].get(word, 0) & present
    middle = sets["B"].get(word, 0) & present & ~heavy
    twice, five = sets["2"].get(word, 0) & present, sets["5"].get(word, 0) & present
    counts = (present & ~twice, twice & ~five, five)
    planes = []
    for weighed, weight in ((heavy, 1.0), (middle, 0.4), (present & ~heavy & ~middle, 0.2)):
        for counted, bound in zip(counts, BOUNDS[weight], strict=True):
            if postings := weighed & counted:
                planes = _together(planes, _planes(math.ceil(bound * scale), postings))
    return planes


def _together(a: list[int], b: list[int]) -> list[int]:
    """The planes of two disjoint sets of postings, as one."""
    return [x | y for x, y in zip_longest(a, b, fillvalue=0)]


def _planes(value: int, postings: int) -> list[int]:
    """`value` for each of these postings, as bit planes."""
    return [postings if value >> bit & 1 else 0 for bit in range(value.bit_length())]


def _sum(a: list[int], b: list[int]) -> list[int]:
    """Bit-sliced addition."""
    total, carry = [], 0
    for x, y in zip_longest(a, b, fillvalue=0):
        total.append(x ^ y ^ carry)
        carry = (x & y) | (carry & (x ^ y))
    return total + [carry] if carry else total


def _best(planes: list[int], wanted: int, universe: int) -> int:
    """The hits whose bound is at least the `wanted`-th best bound (radix select from the top bit)."""
    above, equal = 0, universe
    for plane in reversed(planes):
        higher = equal & plane
        if (above | higher).bit_count() >= wanted:
            equal = higher
        else:
            above, equal = above | higher, equal & ~plane
    return above | equal


def _at_least(planes: list[int], threshold: int, universe: int) -> int:
    """The hits whose bound is at least `threshold`."""
    if threshold.bit_length() > len(planes):
        return 0
    above, equal = 0, universe
    for bit in reversed(range(len(planes))):
        if threshold >> bit & 1:
            equal &= planes[bit]
        else:
            above |= equal & planes[bit]
            equal &= ~planes[bit]
    return above | equal


def _ranked(hits: int, state, counting, language: str, wanted: int, statement):
    """The best `wanted` of these hits with their ranks, ranked by PostgreSQL."""
    if hits.bit_count() > CAP:
        return None
    ids = [state.base + state.ids[match.start()] for match in re.finditer("1", bin(hits)[:1:-1])]
    (sql, params), ordering = statement
    among = (f"SELECT * FROM ({sql}) h WHERE h.id = ANY(%s)", [*params, ids])
    return bitmaps.ranked(among, ordering, counting, language, wanted, 0)
