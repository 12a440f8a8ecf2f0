"""The database engine's denormalised index, and the synonyms editors manage."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


class SearchEntry(models.Model):
    """One object as shown in one language (`locale`); its text may be in another (`content_language`).

    On PostgreSQL its `SearchPosting` holds what a search reads; on SQLite `terms` holds the
    Snowball stems of its text. Rows are rebuilt, never edited.
    """

    locale = models.CharField(max_length=8)
    group_key = models.CharField(max_length=150)
    type = models.CharField(max_length=20)
    content_language = models.CharField(max_length=8)
    title = models.CharField(max_length=300)
    title_folded = models.CharField(max_length=300)
    url = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    facet_tokens = models.TextField(blank=True)  # " key=value key=value ", to filter without a join
    next_date = models.DateField(null=True)
    deadline = models.DateField(null=True)
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    boost = models.FloatField(default=1.0)

    class Meta:
        constraints = [models.UniqueConstraint("locale", "group_key", name="one_entry_per_group_and_locale")]
        indexes = [models.Index("group_key", name="search_entry_group")]

    def __str__(self):
        return f"{self.locale} {self.title}"


class SearchPosting(models.Model):
    """PostgreSQL: what a search reads of an entry (same id), in a table partitioned by `locale`,
    written from the entries by search/engines/postings.py (migration 0007 makes it; on SQLite
    the table exists and stays empty)."""

    id = models.BigIntegerField(primary_key=True)
    locale = models.CharField(max_length=8)
    content_language = models.CharField(max_length=8)
    tokens = ArrayField(models.TextField(), default=list)  # ["key=value", …]
    vector = SearchVectorField()  # title weighted A, summary B, body C, in the text's language
    boost = models.FloatField()
    title = models.CharField(max_length=300)
    title_folded = models.CharField(max_length=300)
    next_date = models.DateField(null=True)
    deadline = models.DateField(null=True)
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)

    def __str__(self):
        return f"{self.locale} {self.title}"


class SearchTokenCount(models.Model):
    """PostgreSQL: how many postings of a display language carry a facet token ("" counts them all),
    among all of them (`scope` "") and among those of each type (`scope` "type=formation"…).

    Written only by triggers on the postings (migrations 0008, 0009), as signed deltas that are
    summed when read and folded into one row per token by a rebuild: inserts never wait for one
    another. A browse reads its facet counts here, a broad word its complement
    (docs/adr/0012-search-at-scale.md, 0016-token-totals-per-type.md). On SQLite the table exists
    and stays empty.
    """

    locale = models.CharField(max_length=8)
    scope = models.CharField(max_length=150, blank=True, default="")
    token = models.TextField()
    n = models.BigIntegerField()

    class Meta:
        indexes = [models.Index("locale", "scope", "token", name="search_token_count_scoped")]

    def __str__(self):
        return f"{self.locale} {self.scope} {self.token}: {self.n}"


class SearchBitmap(models.Model):
    """PostgreSQL: a set of postings of a display language in `data`, as a bitmap (bit i for the
    i-th posting by id) or its positions: per facet token ("t"), text language ("l"), boost ("o"),
    word of the vectors ("w") and that word's classes ("A", "B": weighted so; "2", "5": found that
    many times at least), with the postings' ids ("i") and one row ("m") naming the build. Written
    whole by search/engines/bitmaps.py from one snapshot of the postings; a search counts with them
    while no posting has changed since (docs/adr/0018-bitmaps-for-counting.md, 0019). Empty on
    SQLite."""

    locale = models.CharField(max_length=8)
    kind = models.CharField(max_length=1)
    key = models.TextField()
    data = models.BinaryField()  # b"B" + bits (little-endian), b"P" + positions, ids, or the build's token

    class Meta:
        indexes = [models.Index("locale", "kind", "key", name="search_bitmap_key")]

    def __str__(self):
        return f"{self.locale} {self.kind} {self.key}"


class SearchPostingChange(models.Model):
    """PostgreSQL: one row per statement that wrote postings since the bitmaps were built (a
    trigger of migration 0010 inserts it, the next build deletes the rows it saw). While any row
    is here, a search counts among the postings, not with the bitmaps."""

    at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.pk} {self.at}"


class SearchFacetLabel(models.Model):
    """The label, in a display language, of a value of a facet without `choices` (a commune's name…).

    Counts come from `SearchEntry.facet_tokens`; only the labels are looked up here. Rows are
    upserted when entries are written and emptied by a rebuild.
    """

    locale = models.CharField(max_length=8)
    token = models.CharField(max_length=120)  # "key=value", as in facet_tokens
    label = models.CharField(max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint("locale", "token", name="one_label_per_facet_value")]

    def __str__(self):
        return f"{self.token}: {self.label}"


class PendingIndexing(models.Model):
    """A group whose entries wait for a background job (a bulk change, or an index that failed at
    once): the page editor says so until the job, or the nightly rebuild, has written them."""

    label = models.CharField(max_length=100)  # the builder's model label
    group = models.CharField(max_length=100)  # search.registry.group_id
    since = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint("label", "group", name="one_pending_row_per_group")]

    def __str__(self):
        return f"{self.label}:{self.group}"


@register_snippet
class SynonymGroup(models.Model):
    """Words that mean the same in French, English and Spanish: searching one finds the others."""

    french = models.CharField(_("French"), max_length=300, help_text=_("Separate words with commas."))
    english = models.CharField(_("English"), max_length=300, blank=True)
    spanish = models.CharField(_("Spanish"), max_length=300, blank=True)

    panels = [FieldPanel("french"), FieldPanel("english"), FieldPanel("spanish")]

    class Meta:
        verbose_name = _("search synonyms")
        verbose_name_plural = _("search synonyms")
        ordering = ["french"]

    def __str__(self):
        return self.french

    @property
    def terms(self) -> list[str]:
        return [
            t.strip()
            for text in (self.french, self.english, self.spanish)
            for t in text.split(",")
            if t.strip()
        ]

    def terms_in(self, language: str) -> list[str]:
        """The words of one language ("fr", "en", "es"): what a page in that language suggests."""
        text = {"fr": self.french, "en": self.english, "es": self.spanish}.get(language, "")
        return [t.strip() for t in text.split(",") if t.strip()]
