from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
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
    insee_code = models.CharField(
        _("INSEE code of the place outside Martinique"),
        max_length=5,
        blank=True,
        validators=[
            RegexValidator(r"^(\d{5}|2[AB]\d{3})$", _("An INSEE commune code has 5 characters, e.g. 97120."))
        ],
        help_text=_("So that other systems can read the place, e.g. 97120 for Pointe-à-Pitre."),
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
        if self.insee_code and (self.commune_id or self.insee_code.startswith("972")):
            raise ValidationError(
                {"insee_code": _("A place in Martinique is chosen as a commune: leave this code empty.")}
            )
        if self.place_name and self.region in ("", Region.MARTINIQUE):
            raise ValidationError({"region": _("Say in which region this place outside Martinique is.")})

    @property
    def place_label(self) -> str:
        if self.commune_id:
            return self.commune.name
        return self.place_name or (self.get_region_display() if self.region else "")
