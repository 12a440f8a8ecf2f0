"""Events and workshops (atelier, permanence, short course, buyers' meeting, webinar) and sign-ups."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from evenements.enums import EventAudience, EventKind, EventLanguage, RegistrationStatus
from portail.blocks import BodyBlock
from portail.fields import ChoiceListField
from portail.languages import LanguageFallbackMixin
from portail.models.pages import MenuTitleMixin
from portail.page_permissions import OwnerPublishesMixin
from portail.page_routes import CachedRouteMixin, view_route


class EventIndexPage(
    RoutablePageMixin, MenuTitleMixin, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page
):
    """Upcoming events first, with filters, and the calendar feed of them all."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["evenements.EventPage"]
    template = "evenements/event_index_page.html"

    class Meta:
        verbose_name = _("events listing")
        db_table = "portail_eventindexpage"  # created by the portail app (see docs/adr/0008)

    listing = view_route("", "evenements.views.listing_view", name="listing")
    calendar = view_route("calendrier/", "evenements.views.calendar_view", name="calendar")


class EventPage(RoutablePageMixin, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page):
    summary = models.TextField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.ForeignKey(
        "lieux.PlacePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("place"),
    )
    address = models.CharField(
        _("address"), max_length=250, blank=True, help_text=_("When not at a place of the map.")
    )
    commune = models.ForeignKey(
        "portail.Commune",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("commune"),
        help_text=_("Filled from the place when one is chosen."),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("For a webinar or a remote session.")
    )
    itinerant_stop = models.BooleanField(
        _("stop of an itinerant service"), default=False, help_text=_("A bus or van stopping for the day.")
    )
    audiences = ChoiceListField(_("for whom"), choices_enum=EventAudience, blank=False)
    language = models.CharField(_("language"), max_length=5, choices=EventLanguage.choices, default="fr")
    capacity = models.PositiveIntegerField(_("seats"), null=True, blank=True, help_text=_("Empty: no limit."))
    registration_open = models.BooleanField(_("registration open"), default=True)
    organiser = models.CharField(_("organiser"), max_length=150)
    organiser_email = models.EmailField(_("organiser's e-mail"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("address"),
                FieldPanel("commune"),
                FieldPanel("online_url"),
                FieldPanel("itinerant_stop"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("audiences"),
        FieldPanel("language"),
        MultiFieldPanel([FieldPanel("capacity"), FieldPanel("registration_open")], heading=_("Registration")),
        MultiFieldPanel([FieldPanel("organiser"), FieldPanel("organiser_email")], heading=_("Organiser")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("description")]
    parent_page_types = ["evenements.EventIndexPage"]
    subpage_types = []
    template = "evenements/event_page.html"
    served_with = ("place__commune", "commune")

    class Meta:
        verbose_name = _("event")
        db_table = "portail_eventpage"  # created by the portail app (see docs/adr/0008)
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
        if not (self.place_id or self.address or self.online_url):
            raise ValidationError({"address": _("Choose a place, type an address or give an online link.")})

    def save(self, *args, **kwargs):
        if self.place_id and not self.commune_id:
            self.commune_id = self.place.commune_id
        super().save(*args, **kwargs)

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def location_text(self) -> str:
        if self.place_id:
            place = self.place
            return f"{place.title}, {place.address}, {place.postal_code} {place.commune.name}"
        if self.address:
            return f"{self.address}, {self.commune.name}" if self.commune_id else self.address
        return self.online_url

    detail = view_route("", "evenements.views.event_view", name="detail")
    register = view_route("inscription/", "evenements.views.registration_view", name="register")
    cancel = view_route("annuler/<str:token>/", "evenements.views.cancel_view", name="cancel")
    ics = view_route("calendrier/", "evenements.views.event_ics_view", name="ics")


class Registration(models.Model):
    """One sign-up. Kept to the minimum; anonymised some days after the event (see services)."""

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True, max_length=600)
    language = models.CharField(_("language"), max_length=5)
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    consent_at = models.DateTimeField(_("consent given on"))
    created_at = models.DateTimeField(_("registered on"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        db_table = "portail_registration"  # created by the portail app (see docs/adr/0008)
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"
