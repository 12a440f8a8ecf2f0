from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from catalogue.models.location import Location
from portail.validators import validate_siret


class TrainingProvider(index.Indexed, Location):
    """An organisation that runs training programmes (organisme de formation)."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, allow_unicode=False)
    siret = models.CharField(_("SIRET"), max_length=14, blank=True, validators=[validate_siret])
    nda = models.CharField(
        _("activity declaration number (NDA)"),
        max_length=11,
        blank=True,
        validators=[RegexValidator(r"^\d{11}$", _("An activity declaration number has 11 digits."))],
    )
    uai = models.CharField(
        _("UAI"),
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{7}[A-Z]$", _("A UAI has 7 digits and a capital letter."))],
        help_text=_("Identifier of schools and universities, e.g. 9720003A."),
    )
    qualiopi = models.BooleanField(
        _("Qualiopi certified"), null=True, blank=True, help_text=_("Leave empty when unknown.")
    )
    address = models.CharField(
        _("street address"),
        max_length=200,
        blank=True,
        help_text=_("Where learners go, without the commune."),
    )
    place_source = models.CharField(
        _("source of the place"),
        max_length=200,
        blank=True,
        help_text=_("Where the place and address come from."),
    )
    place_to_verify = models.BooleanField(
        _("place to verify"),
        default=False,
        help_text=_("Ticked: the place is presumed; the public pages say it is to be confirmed."),
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    lheo_id = models.CharField(_("LHEO identifier"), max_length=100, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("siret"), FieldPanel("nda"), FieldPanel("uai")]),
        FieldPanel("qualiopi"),
        MultiFieldPanel(
            [
                FieldPanel("commune"),
                FieldRowPanel([FieldPanel("place_name"), FieldPanel("insee_code")]),
                FieldPanel("region"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("place_source"), FieldPanel("place_to_verify")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("training provider")
        verbose_name_plural = _("training providers")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                "lheo_id", condition=~models.Q(lheo_id=""), name="one_provider_per_lheo_id"
            )
        ]

    def __str__(self):
        return self.name
