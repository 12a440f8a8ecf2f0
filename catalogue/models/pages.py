"""The catalogue index page, training programme pages and their sessions."""

import datetime

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from catalogue.enums import (
    EXIT_LEVELS,
    Audience,
    CertificationType,
    Domain,
    Level,
    Modality,
    RegistrationStatus,
    Rhythm,
)
from catalogue.models.location import Location
from portail.blocks import RICH_TEXT_FEATURES, BodyBlock
from portail.fields import ChoiceListField
from portail.languages import LanguageFallbackMixin
from portail.models.pages import MenuTitleMixin
from portail.page_permissions import OwnerPublishesMixin
from portail.page_routes import CachedRouteMixin, view_route

CERTIFICATION_CODE = RegexValidator(
    r"^(RNCP|RS)\d{1,6}$", _("Write the code as in France compétences' registers, e.g. RNCP35475 or RS5487.")
)
CODE_LIST = RegexValidator(r"^\d{3,5}( *, *\d{3,5})*$", _("Write codes as numbers separated by commas."))
LOCATION_PANELS = [
    FieldPanel("commune"),
    FieldRowPanel([FieldPanel("place_name"), FieldPanel("insee_code")]),
    FieldPanel("region"),
]


class CatalogueIndexPage(
    RoutablePageMixin, MenuTitleMixin, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page
):
    """The training catalogue: lists and filters the programmes below it; hosts provider pages."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["portail.HomePage"]
    subpage_types = ["catalogue.TrainingPage"]
    max_count_per_parent = 1
    template = "catalogue/catalogue_index_page.html"

    class Meta:
        verbose_name = _("training catalogue")

    listing = view_route("", "catalogue.views.catalogue_view", name="listing")
    provider = view_route("organismes/<slug:slug>/", "catalogue.views.provider_view", name="provider")


class TrainingPage(
    RoutablePageMixin, Location, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page
):
    """A training programme (LHEO "formation"): what it leads to, for whom, where and when."""

    summary = models.TextField(_("summary"), max_length=600, blank=True)
    objectives = RichTextField(_("objectives"), features=RICH_TEXT_FEATURES, blank=True)
    content = RichTextField(_("content"), features=RICH_TEXT_FEATURES, blank=True)
    results = RichTextField(_("expected results"), features=RICH_TEXT_FEATURES, blank=True)
    domain = models.CharField(_("domain"), max_length=30, choices=Domain.choices, default=Domain.OTHER)
    domain_detail = models.CharField(
        _("domain, in words"), max_length=250, blank=True, help_text=_("E.g. networks and cybersecurity.")
    )
    formacodes = models.CharField(_("Formacode codes"), max_length=100, blank=True, validators=[CODE_LIST])
    nsf_codes = models.CharField(_("NSF codes"), max_length=100, blank=True, validators=[CODE_LIST])
    exit_level = models.PositiveSmallIntegerField(
        _("level reached"), choices=EXIT_LEVELS, null=True, blank=True, help_text=_("Empty when unknown.")
    )
    entry_level = models.PositiveSmallIntegerField(
        _("entry level"), choices=Level.choices, null=True, blank=True, help_text=_("Empty when unknown.")
    )
    certification_type = models.CharField(
        _("certification"), max_length=30, choices=CertificationType.choices, blank=True
    )
    certification_name = models.CharField(
        _("certification, in words"), max_length=150, blank=True, help_text=_("E.g. BTS, Licence pro, PIX.")
    )
    certification_code = models.CharField(
        _("RNCP or RS code"), max_length=12, blank=True, validators=[CERTIFICATION_CODE]
    )
    modality = models.CharField(_("modality"), max_length=20, choices=Modality.choices, blank=True)
    rhythms = ChoiceListField(_("rhythm"), choices_enum=Rhythm)
    rhythm_note = models.CharField(
        _("organisation, in words"), max_length=200, blank=True, help_text=_("E.g. modular, short packs.")
    )
    audiences = ChoiceListField(_("for whom"), choices_enum=Audience)
    prerequisites = models.TextField(_("prerequisites"), max_length=1000, blank=True)
    duration_hours = models.PositiveIntegerField(_("duration (hours)"), null=True, blank=True)
    cost_eur = models.DecimalField(
        _("cost (€, all taxes included)"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    cost_text = models.CharField(_("cost, in words"), max_length=250, blank=True)
    provider = models.ForeignKey(
        "catalogue.TrainingProvider",
        verbose_name=_("training provider"),
        on_delete=models.PROTECT,
        related_name="programmes",
    )
    teaching_language = models.CharField(
        _("teaching language"),
        max_length=20,
        default="fr",
        blank=True,
        validators=[
            RegexValidator(r"^[a-z]{2}( *, *[a-z]{2})*$", _("Two-letter codes separated by commas."))
        ],
        help_text=_("Two-letter codes, e.g. fr or fr, en."),
    )
    contact = models.TextField(_("contact"), max_length=500, blank=True)
    lheo_id = models.CharField(_("LHEO identifier"), max_length=100, blank=True, editable=False)
    lheo_action_id = models.CharField(_("LHEO action identifier"), max_length=100, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("provider"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("exit_level"), FieldPanel("entry_level")]),
                FieldRowPanel([FieldPanel("duration_hours"), FieldPanel("cost_eur")]),
                FieldPanel("cost_text"),
                FieldRowPanel([FieldPanel("modality"), FieldPanel("rhythms")]),
                FieldPanel("rhythm_note"),
                FieldPanel("audiences"),
                FieldPanel("teaching_language"),
            ],
            heading=_("Essentials"),
        ),
        MultiFieldPanel(LOCATION_PANELS, heading=_("Where")),
        InlinePanel("sessions", label=_("Sessions"), heading=_("Sessions")),
        InlinePanel("funding_links", label=_("Funding scheme"), heading=_("Who can fund it")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("domain"), FieldPanel("domain_detail")]),
                FieldRowPanel([FieldPanel("formacodes"), FieldPanel("nsf_codes")]),
            ],
            heading=_("Domain"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("certification_type"),
                FieldPanel("certification_name"),
                FieldPanel("certification_code"),
            ],
            heading=_("Certification"),
        ),
        FieldPanel("objectives"),
        FieldPanel("content"),
        FieldPanel("results"),
        FieldPanel("prerequisites"),
        FieldPanel("contact"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("domain_detail"),
        index.SearchField("certification_name"),
        index.SearchField("objectives"),
        index.SearchField("content"),
        index.FilterField("domain"),
        index.FilterField("exit_level"),
    ]
    search_auto_update = False  # see catalogue.indexing: deferred during LHEO imports
    override_translatable_fields = [
        SynchronizedField("formacodes"),
        SynchronizedField("nsf_codes"),
        SynchronizedField("certification_code"),
        SynchronizedField("place_name"),
        SynchronizedField("insee_code"),
        SynchronizedField("teaching_language"),
    ]
    parent_page_types = ["catalogue.CatalogueIndexPage"]
    subpage_types = []
    template = "catalogue/training_page.html"

    class Meta:
        verbose_name = _("training programme")
        verbose_name_plural = _("training programmes")

    def clean(self):
        super().clean()
        if self.certification_code and self.certification_type == CertificationType.NONE:
            raise ValidationError(
                {"certification_type": _("A programme with an RNCP or RS code leads to a certification.")}
            )

    programme = view_route("", "catalogue.views.programme_view", name="programme")

    session_calendar = view_route(
        "sessions/<int:session_id>/calendrier/",
        "catalogue.views.session_calendar_view",
        name="session_calendar",
    )


class TrainingSession(Location):
    """One run of a programme (LHEO "session"), with its own place and registration status."""

    page = ParentalKey(TrainingPage, on_delete=models.CASCADE, related_name="sessions")
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    seats = models.PositiveIntegerField(_("seats"), null=True, blank=True)
    registration_status = models.CharField(
        _("registration"), max_length=20, choices=RegistrationStatus.choices, default=RegistrationStatus.OPEN
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    is_demo = models.BooleanField(
        _("demo data"), default=False, help_text=_("Shown as an example, not a real session.")
    )
    lheo_action_id = models.CharField(max_length=100, blank=True, editable=False)
    lheo_id = models.CharField(max_length=100, blank=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        *LOCATION_PANELS,
        FieldRowPanel([FieldPanel("seats"), FieldPanel("registration_status")]),
        FieldPanel("registration_url"),
        FieldPanel("is_demo"),
    ]

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["start_date", "pk"]

    def __str__(self):
        return f"{self.page.title} ({self.start_date:%Y-%m-%d})"

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date must be on or after the start date.")})

    def is_past_on(self, today: datetime.date) -> bool:
        return (self.end_date or self.start_date) < today

    @property
    def is_past(self) -> bool:
        return self.is_past_on(timezone.localdate())


class TrainingFunding(models.Model):
    """A funding scheme of the funding guide that can pay for the programme."""

    page = ParentalKey(TrainingPage, on_delete=models.CASCADE, related_name="funding_links")
    scheme = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("funding scheme"),
        on_delete=models.CASCADE,
        related_name="funded_trainings",
    )

    panels = [PageChooserPanel("scheme", page_type="financements.FundingSchemePage")]

    class Meta:
        verbose_name = _("funding scheme")
        constraints = [models.UniqueConstraint("page", "scheme", name="one_link_per_scheme")]

    def __str__(self):
        return f"{self.page_id} → {self.scheme_id}"
