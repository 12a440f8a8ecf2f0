"""The database engine's denormalised index, and the synonyms editors manage."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


class SearchEntry(models.Model):
    """One object as shown in one language (`locale`); its text may be in another (`content_language`).

    On PostgreSQL `vector` holds the tsvector of the text in its language's configuration;
    `terms` holds its Snowball stems for SQLite. Rows are rebuilt, never edited.
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
    vector = SearchVectorField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint("locale", "group_key", name="one_entry_per_group_and_locale")]
        indexes = [models.Index("group_key", name="search_entry_group")]

    def __str__(self):
        return f"{self.locale} {self.title}"


class SearchFacet(models.Model):
    """One facet value of an entry, its label in the entry's display language (for counts by SQL)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    locale = models.CharField(max_length=8)
    key = models.CharField(max_length=30)
    value = models.CharField(max_length=80)
    label = models.CharField(max_length=200, blank=True)

    class Meta:
        indexes = [
            models.Index("locale", "key", "value", "entry", name="search_facet_value"),
            models.Index("entry", "key", "value", name="search_facet_entry"),
        ]

    def __str__(self):
        return f"{self.key}={self.value}"


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
