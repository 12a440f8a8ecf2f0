"""The demo's data files (demo/data/*.yaml) and their translatable texts."""

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

import yaml

from wagtail_localize.strings import StringValue

DATA = Path(__file__).parent / "data"
LANGUAGES = ("fr", "en", "es")
SEGMENT = re.compile(r"<(p|li)>(.*?)</\1>", re.DOTALL)


class T(NamedTuple):
    """A translatable demo string: the French source and its English and Spanish translations.

    English and Spanish are None for content the demo keeps in French only.
    """

    fr: str
    en: str | None
    es: str | None

    def segments(self):
        """(fr, en, es) triples as wagtail-localize cuts them: one per paragraph or list item.

        Plain text is escaped the way wagtail-localize exports it ("&" becomes "&amp;").
        """
        if not self.fr.startswith("<"):
            return [tuple(StringValue.from_plaintext(getattr(self, lang)).data for lang in LANGUAGES)]
        split = [[inner for _tag, inner in SEGMENT.findall(getattr(self, lang))] for lang in LANGUAGES]
        if len({len(parts) for parts in split}) != 1:
            raise ValueError(f"Translations do not have the same paragraphs: {self.fr[:60]}…")
        return list(zip(*split, strict=True))


@cache
def read(name: str):
    """demo/data/<name>.yaml, every mapping with exactly the keys fr, en, es turned into a T."""
    return _texts(yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8")))


def _texts(value):
    if isinstance(value, dict):
        if value.keys() == set(LANGUAGES):
            return T(**value)
        return {key: _texts(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_texts(item) for item in value]
    return value


def blocks(body: list[dict]) -> list[tuple]:
    """A data file's StreamField body, [{block type: value}], as [(block type, value)]."""
    return [(name, value) for block in body for name, value in block.items()]
