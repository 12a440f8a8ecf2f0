"""Partner organisations, their members, and the editable rules that route requests to them."""

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from guichet.enums import AgeBand, Goal, Need, PartnerKind, PersonStatus, RequestKind, Sector
from portail.fields import ChoiceListField

ONE_TARGET = _(
    "Choose one target: a partner, the intercommunality of the commune, or the nearest mediation place."
)
COMPANY_ONLY = _("Sectors and staff only apply to companies' requests.")
PERSON_ONLY = _("Situations, wishes and ages only apply to individuals' requests.")


class Partner(models.Model):
    """An organisation that helps companies or individuals: an EPCI, a chamber, the CTM, France
    Travail, a mission locale, a mediation place…"""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=30, choices=PartnerKind.choices)
    area = models.CharField(_("area covered"), max_length=200, blank=True)
    epci = models.OneToOneField(
        "portail.EPCI",
        verbose_name=_("EPCI"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="partner",
        help_text=_("For an intercommunality: requests from its communes can be routed to it."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), help_text=_("Receives new requests and reminders.")
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    place = models.ForeignKey(
        "lieux.PlacePage",
        verbose_name=_("mediation place"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "For an EPN or a France Services: its page on the places map. Rules can send individuals "
            "to the nearest such place that offers the help they ask for."
        ),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("members"), blank=True, related_name="partners"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("epci")]),
        FieldPanel("area"),
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("contact_email"), FieldPanel("phone")]),
        FieldPanel("members"),
    ]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def sees_every_request(self) -> bool:
        """The CTM supervises the guichet: its members see every request."""
        return self.kind == PartnerKind.CTM


class RoutingRule(ClusterableModel):
    """Sends a request to a partner when every condition it sets holds. Rules are tried in order."""

    position = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    name = models.CharField(_("name"), max_length=150)
    active = models.BooleanField(_("active"), default=True)
    audience = models.CharField(
        _("for requests from"), max_length=20, choices=RequestKind.choices, default=RequestKind.COMPANY
    )
    sectors = ChoiceListField(_("sectors"), choices_enum=Sector, help_text=_("None ticked: any sector."))
    epcis = ParentalManyToManyField(
        "portail.EPCI", verbose_name=_("EPCI"), blank=True, help_text=_("None chosen: all of Martinique.")
    )
    communes = ParentalManyToManyField(
        "portail.Commune", verbose_name=_("communes"), blank=True, help_text=_("None chosen: every commune.")
    )
    headcount_min = models.PositiveIntegerField(_("from (staff)"), null=True, blank=True)
    headcount_max = models.PositiveIntegerField(_("up to (staff)"), null=True, blank=True)
    needs = ChoiceListField(_("needs"), choices_enum=Need, help_text=_("None ticked: any need."))
    statuses = ChoiceListField(
        _("situations"), choices_enum=PersonStatus, help_text=_("Individuals. None ticked: any situation.")
    )
    goals = ChoiceListField(
        _("wishes"), choices_enum=Goal, help_text=_("Individuals. None ticked: any wish.")
    )
    age_bands = ChoiceListField(
        _("ages"), choices_enum=AgeBand, help_text=_("Individuals. None ticked: any age.")
    )
    partner = models.ForeignKey(
        Partner,
        verbose_name=_("send to"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="rules",
    )
    to_commune_epci = models.BooleanField(
        _("send to the intercommunality of the company's commune"),
        default=False,
        help_text=_("Instead of a fixed partner."),
    )
    to_nearest_place = models.BooleanField(
        _("send to the nearest mediation place"),
        default=False,
        help_text=_(
            "Individuals: the partner linked to the place nearest to the person's commune that offers "
            "the help asked for (digital basics, online procedures, equipment)."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("position"), FieldPanel("active")]),
        FieldPanel("audience"),
        MultiFieldPanel(
            [
                FieldPanel("sectors"),
                FieldRowPanel([FieldPanel("headcount_min"), FieldPanel("headcount_max")]),
                FieldPanel("needs"),
                FieldPanel("statuses"),
                FieldPanel("goals"),
                FieldPanel("age_bands"),
                FieldPanel("epcis"),
                FieldPanel("communes"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("partner"), FieldPanel("to_commune_epci"), FieldPanel("to_nearest_place")],
            heading=_("Then"),
        ),
    ]

    class Meta:
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name

    @property
    def target(self) -> str:
        """Where the rule sends a request, in words (the admin list's "send to" column)."""
        if self.to_commune_epci:
            return _("The intercommunality of the company's commune")
        if self.to_nearest_place:
            return _("The nearest mediation place")
        return str(self.partner) if self.partner_id else _("Nobody: choose a partner")

    def clean(self):
        super().clean()
        if [bool(self.partner_id), self.to_commune_epci, self.to_nearest_place].count(True) != 1:
            raise ValidationError(ONE_TARGET)
        if self.audience == RequestKind.PERSON and (
            self.sectors or self.headcount_min is not None or self.headcount_max is not None
        ):
            raise ValidationError(COMPANY_ONLY)
        if self.audience == RequestKind.COMPANY and (self.statuses or self.goals or self.age_bands):
            raise ValidationError(PERSON_ONLY)
        low, high = self.headcount_min, self.headcount_max
        if low is not None and high is not None and low > high:
            raise ValidationError({"headcount_max": _("“Up to” must not be less than “from”.")})
