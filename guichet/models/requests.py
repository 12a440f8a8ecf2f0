"""Accompaniment requests, their timeline and the action plan advisers send."""

from django.conf import settings
from django.core import signing
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from guichet.enums import (
    AgeBand,
    ConsentMethod,
    ContactChannel,
    EventKind,
    Goal,
    Need,
    Outcome,
    PersonLevel,
    PersonStatus,
    ReceiptChannel,
    RequestKind,
    Sector,
    Status,
)
from portail.fields import ChoiceListField
from portail.validators import validate_siret

TRACKING_SALT = "guichet.tracking"


class AccompanimentRequest(models.Model):
    """A request for help: a company's digital project, or an individual's training, job or digital
    question (`kind`). Stored before anything else happens."""

    reference = models.CharField(_("reference"), max_length=20, unique=True, null=True, editable=False)  # noqa: DJ001 (set just after the first save, from the id)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    kind = models.CharField(
        _("kind of request"), max_length=20, choices=RequestKind.choices, default=RequestKind.COMPANY
    )

    # The company
    siret = models.CharField(_("SIRET"), max_length=14, blank=True, validators=[validate_siret])
    being_created = models.BooleanField(_("company being created"), default=False)
    company_name = models.CharField(_("company name"), max_length=150, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)
    headcount = models.PositiveIntegerField(
        _("staff"), null=True, blank=True, validators=[MaxValueValidator(100000)]
    )
    commune = models.ForeignKey("portail.Commune", verbose_name=_("commune"), on_delete=models.PROTECT)
    # The individual (no company)
    person_status = models.CharField(_("situation"), max_length=20, choices=PersonStatus.choices, blank=True)
    age_band = models.CharField(_("age"), max_length=10, choices=AgeBand.choices, blank=True)
    level = models.CharField(_("highest diploma"), max_length=12, choices=PersonLevel.choices, blank=True)
    goals = ChoiceListField(_("wishes"), choices_enum=Goal)
    training = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("programme the request is about"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    diagnosis = models.ForeignKey(
        "guichet.Diagnosis",
        verbose_name=_("self-diagnosis"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="requests",
    )
    scheme = models.ForeignKey(
        "financements.FundingSchemePage",
        verbose_name=_("funding scheme the request is about"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The need
    needs = ChoiceListField(_("needs"), choices_enum=Need)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    # The contact
    contact_name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    preferred_channel = models.CharField(
        _("preferred contact"), max_length=20, choices=ContactChannel.choices
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="fr")
    consent_text = models.TextField(_("consent given"), editable=False)
    consent_method = models.CharField(
        _("how consent was given"),
        max_length=12,
        choices=ConsentMethod.choices,
        default=ConsentMethod.ONLINE,
    )
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    receipt_channel = models.CharField(
        _("receipt sent by"), max_length=10, choices=ReceiptChannel.choices, blank=True
    )
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by a mediator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="filed_requests",
    )
    mediator_organisation = models.CharField(_("mediator's organisation"), max_length=150, blank=True)
    # Routing and handling
    partner = models.ForeignKey(
        "guichet.Partner", verbose_name=_("partner"), on_delete=models.PROTECT, related_name="requests"
    )
    rule = models.ForeignKey(
        "guichet.RoutingRule", verbose_name=_("rule"), on_delete=models.SET_NULL, null=True, blank=True
    )
    routing_reasons = models.JSONField(_("why this partner"), default=list)
    declined_by = models.ManyToManyField("guichet.Partner", blank=True, related_name="declined_requests")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ROUTED)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    routed_at = models.DateTimeField(_("sent to the partner at"))
    contact_by = models.DateField(_("contact promised by"))
    taken_at = models.DateTimeField(_("taken in charge at"), null=True, blank=True)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("adviser"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(_("reminders sent"), default=0)
    satisfaction_rating = models.PositiveSmallIntegerField(
        _("satisfaction (1 to 5)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    satisfaction_solved = models.BooleanField(_("need met"), null=True, blank=True)
    satisfaction_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("accompaniment request")
        verbose_name_plural = _("accompaniment requests")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["partner", "status"])]
        permissions = [("file_for_person", "Can file a request on behalf of a person (mediator)")]

    def __str__(self):
        return self.reference or f"#{self.pk}"

    @property
    def is_individual(self) -> bool:
        return self.kind == RequestKind.PERSON

    @property
    def requester(self) -> str:
        """Who asked, in lists: the company, or the person's name."""
        return self.company_name if not self.is_individual else self.contact_name

    @property
    def tracking_token(self) -> str:
        return signing.Signer(salt=TRACKING_SALT).sign(self.reference)

    @classmethod
    def reference_from_token(cls, token: str) -> str | None:
        try:
            return signing.Signer(salt=TRACKING_SALT).unsign(token)
        except signing.BadSignature:
            return None

    @property
    def is_open(self) -> bool:
        return self.status in (Status.ROUTED, Status.IN_PROGRESS, Status.WAITING)


class RequestEvent(models.Model):
    """One line of a request's timeline; internal notes are seen by partners only."""

    request = models.ForeignKey(AccompanimentRequest, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    partner = models.ForeignKey(
        "guichet.Partner", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    message = models.TextField(blank=True, max_length=4000)
    internal = models.BooleanField(default=False)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.request} {self.kind}"


class ActionPlanItem(models.Model):
    """A funding scheme, a training or a labelled provider an adviser recommends, with a note."""

    class Kind(models.TextChoices):
        FUNDING = "financement", _("Funding scheme")
        TRAINING = "formation", _("Training")
        PROVIDER = "prestataire", _("Local provider")
        OTHER = "autre", _("Other")

    request = models.ForeignKey(AccompanimentRequest, on_delete=models.CASCADE, related_name="action_plan")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("link"), blank=True)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added_at", "pk"]

    def __str__(self):
        return self.title
