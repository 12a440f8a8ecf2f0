import re
from typing import NamedTuple

from wagtail_localize.strings import StringValue

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
