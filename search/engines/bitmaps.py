"""PostgreSQL: a search's hits and facet counts from bitmaps of the postings, without visiting them
(docs/adr/0018-bitmaps-for-counting.md).

`build` writes them whole from one snapshot of the postings: per display language, bit i stands for
the i-th posting by id; each facet token, text language and frequent word of the vectors has a
bitmap, a rare word its positions. A search evaluates its words' tsquery, as PostgreSQL normalises
it, on them, intersects the chosen facets and counts each token with `int.bit_count`. They answer
only while no statement has written postings since the build: a trigger adds a `SearchPostingChange`
row to every such statement, and the statement that lists the page checks that none is there and
that the build is still the same; otherwise the engine counts among the postings.
"""

import re
import sys
import uuid
from array import array
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.core.cache import cache
from django.db import connection, transaction

from portail.jobs import enqueue
from search.engines.conditions import postgres, text_config
from search.engines.postings import TABLE
from search.text import SNOWBALL

BITMAPS = "portail_search_searchbitmap"
CHANGES = "portail_search_searchpostingchange"
QUEUED = "search:bitmaps:queued"
RARE = 64  # a word in fewer postings has no classes (any posting of it may rank high)
# One statement, so one snapshot: every set as the positions of its postings, and the changes seen.
# A word's classes bound its share of a rank (search/engines/top.py): the postings where it is
# weighted A (title) or B (summary), and those where it is found at least twice, five times.
READ = f"""
    WITH p AS (
        SELECT locale, id, (row_number() OVER (PARTITION BY locale ORDER BY id) - 1)::int AS i,
            content_language, tokens, vector, boost
        FROM {TABLE}
    ), v AS (
        SELECT locale, u.lexeme, array_agg(i) AS every,
            array_agg(i) FILTER (WHERE 'A' = ANY(u.weights)) AS a,
            array_agg(i) FILTER (WHERE 'B' = ANY(u.weights)) AS b,
            array_agg(i) FILTER (WHERE cardinality(u.positions) >= 2) AS two,
            array_agg(i) FILTER (WHERE cardinality(u.positions) >= 5) AS five
        FROM p, unnest(p.vector) u GROUP BY 1, 2
    ), f AS (SELECT * FROM v WHERE cardinality(every) >= %(rare)s)
    SELECT locale, 'w', lexeme, every FROM v
    UNION ALL SELECT locale, 'A', lexeme, a FROM f WHERE a IS NOT NULL
    UNION ALL SELECT locale, 'B', lexeme, b FROM f WHERE b IS NOT NULL
    UNION ALL SELECT locale, '2', lexeme, two FROM f WHERE two IS NOT NULL
    UNION ALL SELECT locale, '5', lexeme, five FROM f WHERE five IS NOT NULL
    UNION ALL SELECT locale, 't', t, array_agg(i) FROM p, unnest(p.tokens) t GROUP BY 1, 3
    UNION ALL SELECT locale, 'l', content_language, array_agg(i) FROM p GROUP BY 1, 3
    UNION ALL SELECT locale, 'o', boost::text, array_agg(i) FROM p GROUP BY 1, 3
    UNION ALL SELECT locale, 'i', base::text, array_agg((id - base)::int ORDER BY id)
        FROM (SELECT locale, id, min(id) OVER (PARTITION BY locale) AS base FROM p) x GROUP BY 1, 3
    UNION ALL SELECT locale, 'm', '', ARRAY[]::int[] FROM p GROUP BY 1
    UNION ALL SELECT '', 'c', '', array_agg(id::int) FROM {CHANGES}
"""
LEXEME = re.compile(r"'((?:[^'\\]|''|\\.)*)'")
_loaded: dict[str, "Loaded"] = {}  # per display language, for the build named by `token`


def build() -> None:
    """Replace every bitmap from one snapshot of the postings, and forget the changes it includes
    (those written after it stay, and keep the searches counting among the postings)."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [BITMAPS])  # one build at a time
            cursor.execute("SET LOCAL work_mem = '256MB'")  # grouping the words' sets in memory
        rows, seen = [], []
        # Streamed (a frequent word's positions are a row), in binary: a million documents hold
        # tens of millions of positions.
        with connection.connection.cursor(name="search_bitmaps") as read:
            read.execute(READ, {"rare": RARE}, binary=True)
            while chunk := read.fetchmany(50):
                for locale, kind, key, positions in chunk:
                    if kind == "c":
                        seen = positions or []
                    elif kind == "m":
                        rows.append((locale, "m", "", uuid.uuid4().bytes))
                    elif kind == "i":  # the postings' ids in bit order, less the first (the key)
                        rows.append((locale, "i", key, _packed(positions)))
                    else:
                        rows.append((locale, kind, key, _encoded(positions)))
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {BITMAPS}")
            cursor.execute(f"DELETE FROM {CHANGES} WHERE id = ANY(%s)", [seen])
            with cursor.cursor.copy(f"COPY {BITMAPS} (locale, kind, key, data) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cursor.execute(f"ANALYZE {BITMAPS}")  # a search looks its words up by key


def refresh_later(**kwargs) -> None:
    """After an indexing job wrote postings (signal `index_written` from `index_groups`): one build
    queued at a time. Until it runs (or if no worker does) searches count among the postings."""
    if not postgres():
        return
    try:
        queued = cache.add(QUEUED, True, timeout=10 * 60)
    except Exception:  # the cache is down: queue anyway, the builds take turns (advisory lock)
        queued = True
    if queued:
        enqueue("search.tasks.bitmaps_task")


def build_queued() -> None:
    """The queued build: a later write queues the next one as soon as this one has started."""
    with suppress(Exception):
        cache.delete(QUEUED)
    build()


@dataclass
class Loaded:
    """A display language's facet tokens (with their facet), text languages and boosts as ints, and
    its postings' ids in bit order (`base` + each)."""

    token: bytes
    tokens: list[tuple[str, str, int]]  # (token, facet key, bits)
    languages: dict[str, int]
    everything: int
    boosts: dict[float, int]
    ids: array
    base: int


@dataclass
class Counting:
    """The hits' number and each token's count among them, from the build named by `token`; the hits
    meeting every choice, each text language's words, and their bitmaps."""

    count: int
    tokens: Counter
    token: bytes
    hits: int = 0
    words: dict = field(default_factory=dict)  # text language → the distinct words of its tsquery
    sets: dict = field(default_factory=dict)  # "w" → word → bits


def counted(language: str, raw: dict[str, str] | None, selected: dict) -> Counting | None:
    """The counts of a search (`raw`: the tsquery text per text language, as `raw_queries` makes it,
    None without words), or None when the bitmaps cannot tell: none built, postings written since,
    or a query they do not cover (a prefix, a phrase)."""
    cached = _loaded.get(language)
    arms = [(code, text_config(code), text) for code, text in (raw or {}).items()]
    values = ", ".join(["(%s, %s::regconfig, %s)"] * len(arms)) or "(NULL, NULL::regconfig, NULL)"
    # One round trip: the build, whether postings changed since, each tsquery as PostgreSQL prints
    # it, the words its text stems to (`to_tsvector` of the same text) with their bitmaps, and the
    # tokens' and languages' bitmaps unless this process holds the build's already.
    sql = f"""
        WITH q AS (
            SELECT code, to_tsquery(config, text)::text AS query,
                tsvector_to_array(to_tsvector(config, text)) AS words
            FROM (VALUES {values}) v (code, config, text) WHERE code IS NOT NULL
        )
        SELECT kind, key, data, NULL FROM {BITMAPS} WHERE locale = %s AND kind = 'm'
        UNION ALL SELECT kind, key, data, NULL FROM {BITMAPS}
            WHERE locale = %s AND kind IN ('t', 'l', 'o', 'i')
            AND NOT EXISTS (SELECT 1 FROM {BITMAPS} WHERE locale = %s AND kind = 'm' AND data = %s)
        UNION ALL SELECT b.kind, b.key, b.data, NULL FROM q
            JOIN {BITMAPS} b ON b.locale = %s AND b.kind = 'w' AND b.key = ANY(q.words)
        UNION ALL SELECT 'q', code, NULL, query FROM q
        UNION ALL SELECT 'r', code, NULL, array_to_string(words, ' ') FROM q
        UNION ALL SELECT '!', NULL, NULL, NULL WHERE EXISTS (SELECT 1 FROM {CHANGES})
    """
    params = [value for arm in arms for value in arm]
    with connection.cursor() as cursor:
        token = cached.token if cached else b""
        cursor.execute(sql, [*params, language, language, language, token, language])
        rows = cursor.fetchall()
    builds = [bytes(data) for kind, _key, data, _query in rows if kind == "m"]
    if len(builds) != 1 or any(kind == "!" for kind, *_rest in rows):
        return None
    trees = {code: _parsed(query) for kind, code, _data, query in rows if kind == "q"}
    requested = {word for kind, _code, _data, words in rows if kind == "r" for word in words.split(" ")}
    if any(tree is False or not set(_words(tree)) <= requested for tree in trees.values()):
        return None
    state = _loaded[language] = _state(language, builds[0], rows)
    sets = {"w": {key: _decoded(data) for kind, key, data, _query in rows if kind == "w"}}
    hits = state.everything
    if raw is not None:
        hits = 0
        for code in SNOWBALL:
            matched = _evaluated(trees[code], sets["w"]) if code in trees else state.everything
            hits |= matched & state.languages.get(code, 0)
    counting = _counts(state, hits, selected)
    counting.words = {code: set(_words(tree)) for code, tree in trees.items()}
    counting.sets = sets
    return counting


def _counts(state: Loaded, hits: int, selected: dict) -> Counting:
    """OR within a facet, AND across facets; a chosen facet counts the hits meeting the others' choices."""
    chosen = {
        key: reduce(or_, (bits for token, facet, bits in state.tokens if facet == key and token in wanted), 0)
        for key, values in selected.items()
        for wanted in [{f"{key}={value}" for value in values}]
    }
    every = reduce(and_, chosen.values(), hits)
    bases = {
        key: reduce(and_, (bits for other, bits in chosen.items() if other != key), hits) for key in chosen
    }
    tokens = Counter()
    for token, facet, bits in state.tokens:
        if n := (bases.get(facet, every) & bits).bit_count():
            tokens[token] = n
    return Counting(count=every.bit_count(), tokens=tokens, token=state.token, hits=every)


def word_sets(language: str, token: bytes, words) -> dict | None:
    """The words' other sets (kind → word → bits, search/engines/top.py) of the build `token`;
    None if it is no longer the build."""
    sql = (
        f"SELECT kind, key, data FROM {BITMAPS} WHERE locale = %s AND kind IN ('A', 'B', '2', '5') "
        f"AND key = ANY(%s) UNION ALL SELECT kind, key, data FROM {BITMAPS} "
        "WHERE locale = %s AND kind = 'm'"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [language, list(words), language])
        rows = cursor.fetchall()
    if [bytes(data) for kind, _key, data in rows if kind == "m"] != [token]:
        return None
    sets = {kind: {} for kind in "AB25"}
    for kind, key, data in rows:
        if kind != "m":
            sets[kind][key] = _decoded(data)
    return sets


def loaded(language: str, token: bytes) -> Loaded | None:
    """This process's sets of the build `token` (read by `counted`)."""
    state = _loaded.get(language)
    return state if state and state.token == token else None


def _state(language: str, token: bytes, rows) -> Loaded:
    """The language's tokens and text languages of the build `token`: this process's, or the rows'."""
    cached = _loaded.get(language)
    if cached and cached.token == token:
        return cached
    languages = {key: _decoded(data) for kind, key, data, _query in rows if kind == "l"}
    ((base, ids),) = [(int(key), _unpacked(data)) for kind, key, data, _query in rows if kind == "i"]
    return Loaded(
        token=token,
        tokens=[(key, key.split("=", 1)[0], _decoded(data)) for kind, key, data, _q in rows if kind == "t"],
        languages=languages,
        everything=reduce(or_, languages.values(), 0),
        boosts={float(key): _decoded(data) for kind, key, data, _query in rows if kind == "o"},
        ids=ids,
        base=base,
    )


def page(entries: tuple[str, list], ordering: str, counting: Counting, language: str, size: int, offset: int):
    """The page's ids among `entries` (the hits meeting every choice, as (sql, params)), in `ordering`;
    None if postings were written, or the bitmaps rebuilt, since `counting` was made."""
    rows = ranked(entries, ordering, counting, language, size, offset, rank="")
    return None if rows is None else [pk for pk, _rank in rows]


def ranked(entries, ordering: str, counting: Counting, language: str, size: int, offset: int, rank="rank"):
    """`page`'s rows as (id, `rank` column), or None."""
    column = f", {rank}" if rank else ", NULL"
    sql = (
        f"SELECT ROW_NUMBER() OVER (), id{column} FROM (SELECT id{column} FROM ({entries[0]}) e "
        f"ORDER BY {ordering} LIMIT %s OFFSET %s) p "
        f"UNION ALL SELECT NULL, NULL, NULL WHERE EXISTS (SELECT 1 FROM {CHANGES}) OR NOT EXISTS "
        f"(SELECT 1 FROM {BITMAPS} WHERE locale = %s AND kind = 'm' AND data = %s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*entries[1], size, offset, language, counting.token])
        rows = cursor.fetchall()
    if any(n is None for n, _id, _rank in rows):
        return None
    return [(pk, value) for _n, pk, value in sorted(rows)]


# tsquery text (as PostgreSQL prints it) → ("word", lexeme) | ("and"/"or", [nodes]); False: not covered


def _parsed(text: str):
    items, position = [], 0
    text = text.strip()
    while position < len(text):
        if text[position].isspace():
            position += 1
        elif text[position] in "&|()":
            items.append(text[position])
            position += 1
        elif match := LEXEME.match(text, position):
            position = match.end()
            if position < len(text) and text[position] == ":":  # a prefix or weights
                return False
            items.append(("word", re.sub(r"''|\\(.)", lambda m: m.group(1) or "'", match.group(1))))
        else:  # !, <->: not written by raw_queries
            return False
    if not items:
        return ("or", [])  # only stop words: matches nothing
    try:
        tree, rest = _joined(items)
    except ValueError:
        return False
    return tree if not rest else False


def _joined(items, operator: str = "|"):
    """Operands joined by `operator`: "|" of "&" of single operands (`&` binds tighter)."""
    operand = _single if operator == "&" else (lambda rest: _joined(rest, "&"))
    node, items = operand(items)
    nodes = [node]
    while items and items[0] == operator:
        node, items = operand(items[1:])
        nodes.append(node)
    return (nodes[0] if len(nodes) == 1 else ({"|": "or", "&": "and"}[operator], nodes)), items


def _single(items):
    if not items or items[0] in ("&", "|", ")"):
        raise ValueError(items)
    if items[0] == "(":
        node, rest = _joined(items[1:])
        if not rest or rest[0] != ")":
            raise ValueError(items)
        return node, rest[1:]
    return items[0], items[1:]


def _words(tree):
    if tree[0] == "word":
        yield tree[1]
    else:
        for child in tree[1]:
            yield from _words(child)


def _evaluated(tree, words: dict[str, int]) -> int:
    if tree[0] == "word":
        return words.get(tree[1], 0)
    parts = [_evaluated(child, words) for child in tree[1]]
    return reduce(and_ if tree[0] == "and" else or_, parts) if parts else 0


# Storage: a set is b"B" and a bitmap (bit i is bit i & 7 of byte i >> 3, up to the last bit set),
# or b"P" and its positions as little-endian uint32 when they take less room.
SPARSE = 32  # bits of a bitmap per position


def _encoded(positions: list[int]) -> bytes:
    if len(positions) * SPARSE < max(positions, default=0):
        return b"P" + _packed(positions)
    return b"B" + _bitmap(positions)


def _decoded(data) -> int:
    data = bytes(data)
    return int.from_bytes(data[1:] if data[:1] == b"B" else _bitmap(_unpacked(data[1:])), "little")


def _bitmap(positions) -> bytes:
    bits = bytearray(max(positions, default=-1) // 8 + 1)
    for i in positions:
        bits[i >> 3] |= 1 << (i & 7)
    return bytes(bits)


def _packed(positions) -> bytes:
    packed = array("I", positions)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def _unpacked(data) -> array:
    positions = array("I", bytes(data))
    if sys.byteorder == "big":
        positions.byteswap()
    return positions
