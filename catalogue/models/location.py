from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from catalogue.enums import Region


class Location(models.Model):
    """Where something is: a commune of Martinique, or a named place elsewhere with its region."""

    commune = models.ForeignKey(
        "portail.Commune",
        verbose_name=_("commune in Martinique"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    place_name = models.CharField(
        _("place outside Martinique"),
        max_length=120,
        blank=True,
        help_text=_("Town and territory, e.g. Pointe-à-Pitre (Guadeloupe)."),
    )
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        blank=True,
        help_text=_("Set to Martinique when a commune is chosen."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.commune_id:
            self.region = Region.MARTINIQUE
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.commune_id and self.place_name:
            raise ValidationError(
                {"place_name": _("Choose a commune of Martinique or name a place elsewhere, not both.")}
            )
        if self.place_name and self.region in ("", Region.MARTINIQUE):
            raise ValidationError({"region": _("Say in which region this place outside Martinique is.")})

    @property
    def place_label(self) -> str:
        if self.commune_id:
            return self.commune.name
        return self.place_name or (self.get_region_display() if self.region else "")
