"""The funding guide: funders (snippets), the guide page and its funding scheme pages."""

import datetime

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from financements.admin_forms import FundingSchemeAdminForm
from financements.enums import Beneficiary, FunderKind, HelpKind, ProjectType, SchemeStatus, Sector
from portail.blocks import RICH_TEXT_FEATURES, BodyBlock
from portail.fields import ChoiceListField
from portail.languages import LanguageFallbackMixin
from portail.models.pages import MenuTitleMixin
from portail.page_permissions import OwnerPublishesMixin
from portail.page_routes import CachedRouteMixin, view_route

CLOSING_SOON_DAYS = 30


class Funder(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=FunderKind.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("website")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funder")
        verbose_name_plural = _("funders")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def slug(self) -> str:
        """The funder in the guide's links and the search facet `financeur`: its name as a slug."""
        return slugify(self.name)[:60].strip("-")


class FundingGuidePage(
    RoutablePageMixin, MenuTitleMixin, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page
):
    """The guide: lists the schemes below it with filters, and hosts the eligibility finder."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["financements.FundingSchemePage"]
    template = "financements/funding_guide_page.html"

    class Meta:
        verbose_name = _("funding guide")

    guide = view_route("", "financements.views.guide_view", name="guide")
    finder = view_route("trouver/", "financements.views.finder_view", name="finder")
    alert_subscribe = view_route(
        "alertes/", "financements.views.alert_subscribe_view", name="alert_subscribe"
    )

    alert_confirm = view_route(
        "alertes/confirmer/<str:token>/", "financements.views.alert_confirm_view", name="alert_confirm"
    )

    alert_unsubscribe = view_route(
        "alertes/desinscrire/<str:token>/",
        "financements.views.alert_unsubscribe_view",
        name="alert_unsubscribe",
    )

    printable = view_route("imprimer/", "financements.views.printable_guide_view", name="printable")

    rss_feed = view_route("feed/", "financements.views.rss_feed_view", name="rss_feed")
    atom_feed = view_route("feed/atom/", "financements.views.atom_feed_view", name="atom_feed")


class DocumentBlock(blocks.StructBlock):
    """One document to prepare for a scheme: a line of the checklist a guichet request linked to the
    scheme gives the company. Its id (the block's) follows it into every translation."""

    title = blocks.CharBlock(label=_("document"), max_length=150)
    help_text = blocks.CharBlock(
        label=_("where to get it, what it must show (optional)"), max_length=300, required=False
    )
    required = blocks.BooleanBlock(label=_("required"), required=False, default=True)

    class Meta:
        icon = "doc-full"
        label = _("document to prepare")


def scheme_status(*, opens_on, closes_on, permanent, today: datetime.date) -> SchemeStatus:
    """Open, upcoming, closing soon (within 30 days), closed, open all year, or undated: no dates
    and "open all year" not ticked."""
    if closes_on and closes_on < today:
        return SchemeStatus.CLOSED
    if opens_on and opens_on > today:
        return SchemeStatus.UPCOMING
    if closes_on:
        soon = closes_on - today <= datetime.timedelta(days=CLOSING_SOON_DAYS)
        return SchemeStatus.CLOSING_SOON if soon else SchemeStatus.OPEN
    if permanent:
        return SchemeStatus.PERMANENT
    return SchemeStatus.OPEN if opens_on else SchemeStatus.UNDATED


class FundingSchemePage(
    RoutablePageMixin, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page
):
    """A scheme a TPE or a learner can use; a call for projects is a scheme with a deadline."""

    summary = models.TextField(_("summary"), max_length=400)
    funders = ParentalManyToManyField(Funder, verbose_name=_("funders"), blank=True)
    help_kinds = ChoiceListField(_("kind of help"), choices_enum=HelpKind)
    beneficiaries = ChoiceListField(_("for whom"), choices_enum=Beneficiary, blank=False)
    sectors = ChoiceListField(_("sectors"), choices_enum=Sector, help_text=_("None ticked: every sector."))
    project_types = ChoiceListField(_("projects"), choices_enum=ProjectType)
    epcis = ParentalManyToManyField(
        "portail.EPCI", verbose_name=_("EPCI"), blank=True, help_text=_("None chosen: all of Martinique.")
    )
    communes = ParentalManyToManyField(
        "portail.Commune",
        verbose_name=_("communes"),
        blank=True,
        help_text=_("Only if the scheme is limited to some communes."),
    )
    headcount_min = models.PositiveIntegerField(_("minimum headcount"), null=True, blank=True)
    headcount_max = models.PositiveIntegerField(_("maximum headcount"), null=True, blank=True)
    amount_min = models.PositiveIntegerField(_("minimum amount (€)"), null=True, blank=True)
    amount_max = models.PositiveIntegerField(_("maximum amount (€)"), null=True, blank=True)
    rate = models.PositiveSmallIntegerField(_("rate (%)"), null=True, blank=True)
    amount_text = models.CharField(_("amount, in words"), max_length=250, blank=True)
    eligibility = RichTextField(_("who is eligible"), features=RICH_TEXT_FEATURES)
    eligible_expenses = RichTextField(_("eligible expenses"), features=RICH_TEXT_FEATURES, blank=True)
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT_FEATURES)
    checklist = StreamField(
        [("document", DocumentBlock())],
        verbose_name=_("documents to prepare (checklist)"),
        blank=True,
        help_text=_(
            "One line per document. A company asking the guichet for help with this scheme gets "
            "this list to tick and upload to."
        ),
    )
    documents = RichTextField(
        _("documents to provide (more details)"), features=RICH_TEXT_FEATURES, blank=True
    )
    contact = models.TextField(_("contact"), max_length=500, blank=True)
    opens_on = models.DateField(_("opens on"), null=True, blank=True)
    closes_on = models.DateField(_("closes on"), null=True, blank=True)
    permanent = models.BooleanField(_("open all year"), default=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("funders", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("help_kinds"),
                FieldPanel("beneficiaries"),
                FieldPanel("sectors"),
                FieldPanel("project_types"),
            ],
            heading=_("Who and what"),
        ),
        MultiFieldPanel([FieldPanel("epcis"), FieldPanel("communes")], heading=_("Territory")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("headcount_min"), FieldPanel("headcount_max")]),
                FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max"), FieldPanel("rate")]),
                FieldPanel("amount_text"),
            ],
            heading=_("Size and amount"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("eligible_expenses"),
        FieldPanel("how_to_apply"),
        FieldPanel("checklist"),
        FieldPanel("documents"),
        FieldPanel("contact"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]), FieldPanel("permanent")],
            heading=_("Dates"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("eligibility"),
        index.SearchField("how_to_apply"),
    ]
    base_form_class = FundingSchemeAdminForm
    parent_page_types = ["financements.FundingGuidePage"]
    subpage_types = []
    template = "financements/funding_scheme_page.html"

    class Meta:
        verbose_name = _("funding scheme")
        verbose_name_plural = _("funding schemes")

    detail = view_route("", "financements.views.scheme_view", name="detail")

    def status_on(self, today: datetime.date) -> SchemeStatus:
        return scheme_status(
            opens_on=self.opens_on, closes_on=self.closes_on, permanent=self.permanent, today=today
        )

    @property
    def status(self) -> SchemeStatus:
        return self.status_on(timezone.localdate())


class FundingAlert(models.Model):
    """A visitor's subscription to new or closing-soon schemes matching a profile (double opt-in).

    Only what the alert needs is kept; unsubscribing deletes the row and its delivery log.
    """

    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=5)
    beneficiary = models.CharField(_("for whom"), max_length=30, choices=Beneficiary.choices)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)
    commune = models.ForeignKey("portail.Commune", on_delete=models.PROTECT, verbose_name=_("commune"))
    project = models.CharField(_("project"), max_length=30, choices=ProjectType.choices, blank=True)
    headcount = models.PositiveIntegerField(_("headcount"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("funding alert")
        verbose_name_plural = _("funding alerts")
        constraints = [
            models.UniqueConstraint(
                "email", "beneficiary", "sector", "commune", "project", name="one_alert_per_profile_and_email"
            )
        ]

    def __str__(self):
        return self.email


class FundingAlertDelivery(models.Model):
    """What was already sent to an alert, so that no scheme is announced twice for the same reason."""

    alert = models.ForeignKey(FundingAlert, on_delete=models.CASCADE, related_name="deliveries")
    scheme_key = models.UUIDField()  # the scheme's translation_key: the same scheme in every language
    reason = models.CharField(max_length=20)  # "new" or "closing-soon"
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                "alert", "scheme_key", "reason", name="one_delivery_per_scheme_and_reason"
            )
        ]

    def __str__(self):
        return f"{self.alert} {self.scheme_key} {self.reason}"
