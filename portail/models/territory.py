"""Territory reference data: the 34 communes of Martinique and their 3 EPCI (loaded by migration)."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class EPCI(models.Model):
    """An intercommunal body (établissement public de coopération intercommunale)."""

    code = models.SlugField(_("code"), max_length=20, unique=True)
    siren = models.CharField(_("SIREN"), max_length=9, unique=True)
    name = models.CharField(_("name"), max_length=150)
    short_name = models.CharField(_("short name"), max_length=50)

    class Meta:
        verbose_name = _("EPCI")
        verbose_name_plural = _("EPCI")
        ordering = ["short_name"]

    def __str__(self):
        return self.short_name


class Commune(models.Model):
    insee_code = models.CharField(
        _("INSEE code"),
        max_length=5,
        unique=True,
        validators=[RegexValidator(r"^972\d\d$", _("A Martinique INSEE code has the form 972NN."))],
    )
    name = models.CharField(_("name"), max_length=80)
    postal_codes = models.JSONField(_("postal codes"), default=list)
    aliases = models.JSONField(
        _("other accepted spellings"),
        default=list,
        blank=True,
        help_text=_("Names people use for this commune besides the official one."),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)
    epci = models.ForeignKey(EPCI, on_delete=models.PROTECT, related_name="communes", verbose_name=_("EPCI"))

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]

    def __str__(self):
        return self.name
