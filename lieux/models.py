"""Tiers-lieux and digital mediation places: the map page, one page per place, public corrections."""

import re

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from lieux.enums import (
    AccessMode,
    Audience,
    CorrectionStatus,
    Fee,
    PlaceKind,
    Service,
    SpecificSupport,
    SupportMode,
)
from lieux.opening_hours import parse_or_none, validate_opening_hours
from portail.blocks import BodyBlock
from portail.fields import ChoiceListField
from portail.languages import LanguageFallbackMixin
from portail.models.pages import MenuTitleMixin
from portail.page_permissions import OwnerPublishesMixin
from portail.page_routes import CachedRouteMixin, view_route
from portail.validators import siret_valid

RNA = re.compile(r"^W\d{9}$")
PHONE = re.compile(r"^\+596\d{9}$|^\+33\d{9}$")


def validate_pivot(value: str) -> None:
    """The national standard's `pivot`: a SIRET (14 digits) or, for an association without one, its RNA."""
    if not (siret_valid(value) or RNA.match(value)):
        raise ValidationError(
            _("Enter a SIRET (14 digits) or an RNA number (W followed by 9 digits)."), code="invalid_pivot"
        )


def national_phone(value: str) -> str:
    """0596 12 34 56 → +596596123456 (the standard's format); '' when it cannot be read."""
    digits = re.sub(r"[^\d+]", "", value or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if digits.startswith("0") and len(digits) == 10:
        prefix = "+596" if digits[1:4] in ("596", "696", "697") else "+33"
        digits = prefix + digits[1:]
    return digits if PHONE.match(digits) else ""


class PlaceMapPage(
    RoutablePageMixin, MenuTitleMixin, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page
):
    """The map of places with an accessible list beside it, filters (GET) and "near me" ordering."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["lieux.PlacePage"]
    template = "lieux/map_page.html"

    class Meta:
        verbose_name = _("places map")
        db_table = "portail_placemappage"  # created by the portail app (see docs/adr/0008)

    map = view_route("", "lieux.views.map_view", name="map")


class PlacePage(RoutablePageMixin, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page):
    """A tiers-lieu or mediation place, with the fields of the national standard."""

    summary = models.TextField(_("summary"), max_length=280)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    pivot = models.CharField(
        _("SIRET or RNA"),
        max_length=14,
        blank=True,
        validators=[validate_pivot],
        help_text=_("SIRET of the place, or the RNA number of an association without a SIRET."),
    )
    kinds = ChoiceListField(_("kinds of place"), choices_enum=PlaceKind, blank=False)
    services = ChoiceListField(_("services"), choices_enum=Service)
    audiences = ChoiceListField(
        _("audiences especially welcome"), choices_enum=Audience, help_text=_("None ticked: everyone.")
    )
    specific_support = ChoiceListField(_("specific support"), choices_enum=SpecificSupport)
    fees = ChoiceListField(_("fees"), choices_enum=Fee)
    access_modes = ChoiceListField(_("how to come"), choices_enum=AccessMode)
    support_modes = ChoiceListField(_("kinds of support"), choices_enum=SupportMode)
    address = models.CharField(_("address"), max_length=200)
    address_extra = models.CharField(_("address (continued)"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=5, validators=[RegexValidator(r"^\d{5}$")])
    commune = models.ForeignKey(
        "portail.Commune", on_delete=models.PROTECT, related_name="places", verbose_name=_("commune")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    location_to_check = models.BooleanField(
        _("location to check"),
        default=False,
        help_text=_("Ticked when the point is only the commune's centre: the page says so."),
    )
    itinerant = models.BooleanField(
        _("itinerant"),
        default=False,
        help_text=_("A bus, a van or a team that moves from commune to commune."),
    )
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=255,
        blank=True,
        validators=[validate_opening_hours],
        help_text=_(
            "OpenStreetMap format, e.g. Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off. "
            'Comments in double quotes: Tu 14:00-16:00 "sur rendez-vous".'
        ),
    )
    accessibility = models.TextField(_("accessibility"), blank=True, max_length=600)
    accessibility_url = models.URLField(_("Acceslibre page"), blank=True)
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Public; also receives the yearly “is this still right?” e-mail."),
    )
    website = models.URLField(_("website"), blank=True)
    booking_url = models.URLField(_("booking link"), blank=True)
    parent_organisation = models.CharField(_("parent organisation"), max_length=150, blank=True)
    source = models.CharField(_("data source"), max_length=150, blank=True)
    last_verified = models.DateField(_("last verified on"), null=True, blank=True)
    verification_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    external_id = models.CharField(
        _("identifier in the national data"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("Set by the importer; keeps imports idempotent."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("kinds"),
                FieldPanel("services"),
                FieldPanel("audiences"),
                FieldPanel("specific_support"),
                FieldPanel("support_modes"),
            ],
            heading=_("What the place offers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_extra"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("commune")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("location_to_check"),
                FieldPanel("itinerant"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("opening_hours"),
                FieldPanel("fees"),
                FieldPanel("access_modes"),
                FieldPanel("accessibility"),
                FieldPanel("accessibility_url"),
            ],
            heading=_("When and how"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("booking_url"),
            ],
            heading=_("Contact"),
        ),
        InlinePanel("photos", label=_("photos")),
        MultiFieldPanel(
            [
                FieldPanel("pivot"),
                FieldPanel("parent_organisation"),
                FieldPanel("source"),
                FieldPanel("last_verified"),
                FieldPanel("external_id", read_only=True),
            ],
            heading=_("Open data"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("commune"),
    ]
    parent_page_types = ["lieux.PlaceMapPage"]
    subpage_types = []
    template = "lieux/place_page.html"
    served_with = ("commune__epci",)

    class Meta:
        verbose_name = _("place")
        db_table = "portail_placepage"  # created by the portail app (see docs/adr/0008)
        verbose_name_plural = _("places")

    def with_content_json(self, content):
        """The yearly check writes its dates on the page, not in a revision: publishing a draft keeps them."""
        page = super().with_content_json(content)
        page.verification_sent_at = self.verification_sent_at
        if self.last_verified and (page.last_verified is None or page.last_verified < self.last_verified):
            page.last_verified = self.last_verified
        return page

    def clean(self):
        super().clean()
        if self.phone and not national_phone(self.phone):
            raise ValidationError(
                {"phone": _("Enter a phone number of Martinique or France, e.g. 0596 12 34 56.")}
            )

    @cached_property
    def hours(self):
        return parse_or_none(self.opening_hours)

    def is_open_at(self, moment) -> bool | None:
        """None when the hours are unknown."""
        return self.hours.is_open(moment) if self.hours else None

    @property
    def open_now(self) -> bool | None:
        return self.is_open_at(timezone.now())

    @property
    def is_free(self) -> bool:
        return Fee.FREE in self.fees

    detail = view_route("", "lieux.views.place_view", name="detail")
    correction = view_route("corriger/", "lieux.views.correction_view", name="correction")
    confirm = view_route("confirmer/<str:token>/", "lieux.views.confirm_view", name="confirm")


class PlacePhoto(Orderable):
    place = ParentalKey(PlacePage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(
        _("text alternative"),
        max_length=200,
        help_text=_("What the photo shows, for people who cannot see it."),
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text")]

    class Meta(Orderable.Meta):
        db_table = "portail_placephoto"  # created by the portail app (see docs/adr/0008)


class PlaceCorrection(models.Model):
    """A visitor's suggestion to correct a place, waiting for an editor (Wagtail admin)."""

    place = models.ForeignKey(
        PlacePage, on_delete=models.CASCADE, related_name="corrections", verbose_name=_("place")
    )
    message = models.TextField(_("what should change"), max_length=2000)
    email = models.EmailField(_("e-mail of the person who wrote"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=CorrectionStatus.choices, default=CorrectionStatus.NEW
    )
    editor_note = models.TextField(_("note of the editor"), blank=True)
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)

    panels = [
        FieldPanel("place", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("status"),
        FieldPanel("editor_note"),
    ]

    class Meta:
        verbose_name = _("place correction")
        db_table = "portail_placecorrection"  # created by the portail app (see docs/adr/0008)
        verbose_name_plural = _("place corrections")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.place.title} ({self.created_at:%Y-%m-%d})"
