"""Snapshots: the figures of a past quarter or year, frozen once, with the editors' commentary."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Snapshot(models.Model):
    """Written by the quarterly job (services.freeze), never recomputed; editors only comment."""

    period = models.CharField(_("period"), max_length=10, unique=True, editable=False)
    starts_on = models.DateField(_("from"), editable=False)
    ends_on = models.DateField(_("until (excluded)"), editable=False)
    figures = models.JSONField(_("figures"), default=dict, editable=False)
    frozen_at = models.DateTimeField(_("frozen at"), auto_now_add=True)
    commentary = models.TextField(_("commentary (French)"), max_length=1500, blank=True)
    commentary_en = models.TextField(_("commentary (English)"), max_length=1500, blank=True)
    commentary_es = models.TextField(_("commentary (Spanish)"), max_length=1500, blank=True)

    class Meta:
        verbose_name = _("observatory snapshot")
        verbose_name_plural = _("observatory snapshots")
        ordering = ["-starts_on", "period"]

    def __str__(self):
        return self.period

    def localized_commentary(self) -> tuple[str, str]:
        """The commentary in the visitor's language, else the French one; and its language."""
        language = (get_language() or "fr").split("-")[0]
        text = getattr(self, f"commentary_{language}", "") if language != "fr" else ""
        return (text, language) if text else (self.commentary, "fr")
