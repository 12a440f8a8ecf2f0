"""The label « produit local numérique »: providers, their solutions, applications and the charter.

A provider keeps one label code for life (given at its first approval): the verification page and
the badge on its website keep working across renewals. Its current label is the last decided one.
"""

import datetime
import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from label.enums import ApplicationStatus, LabelEventKind, LabelState, SignatoryKind, SolutionCategory
from portail.validators import validate_siret


class PrivateFileSystemStorage(FileSystemStorage):
    """Evidence files: in PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, with no URL: served only through
    permission-checked views (label.views.evidence_view and the reviewers' admin view)."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no URL: serve them through a permission-checked view.")


def private_storage() -> PrivateFileSystemStorage:
    return PrivateFileSystemStorage()


def _localized(obj, field: str) -> tuple[str, str]:
    """(text, language) in the current language, or the French text with "fr" when not translated."""
    language = get_language() or "fr"
    if language != "fr":
        text = getattr(obj, f"{field}_{language}", "")
        if text:
            return text, language
    return getattr(obj, field), "fr"


class LabelCriterion(models.Model):
    """One criterion of the label, answered by every applicant; CTM editors keep the list."""

    position = models.PositiveIntegerField(_("order"), default=0)
    text = models.CharField(_("criterion (French)"), max_length=255)
    text_en = models.CharField(_("criterion (English)"), max_length=255, blank=True)
    text_es = models.CharField(_("criterion (Spanish)"), max_length=255, blank=True)
    guidance = models.TextField(_("what to answer and which evidence (French)"), max_length=1000, blank=True)
    active = models.BooleanField(_("asked to new applicants"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("position"), FieldPanel("active")]),
        FieldPanel("text"),
        FieldPanel("text_en"),
        FieldPanel("text_es"),
        FieldPanel("guidance"),
    ]

    class Meta:
        db_table = "guichet_labelcriterion"  # created by the guichet app (see docs/adr/0008)
        verbose_name = _("label criterion")
        verbose_name_plural = _("label criteria")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text

    @property
    def localized(self) -> tuple[str, str]:
        return _localized(self, "text")


class Provider(models.Model):
    """A local digital company, run by the account that registered it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), on_delete=models.CASCADE, related_name="provider"
    )
    name = models.CharField(_("company name"), max_length=150)
    siret = models.CharField(_("SIRET"), max_length=14, unique=True, validators=[validate_siret])
    commune = models.ForeignKey("portail.Commune", verbose_name=_("commune"), on_delete=models.PROTECT)
    description = models.TextField(_("description (French)"), max_length=2000)
    description_en = models.TextField(_("description (English)"), max_length=2000, blank=True)
    description_es = models.TextField(_("description (Spanish)"), max_length=2000, blank=True)
    website = models.URLField(_("website"), blank=True)
    # Public contact of the directory (the account's address stays private).
    contact_email = models.EmailField(_("contact e-mail (public)"), blank=True)
    contact_phone = models.CharField(_("contact phone (public)"), max_length=20, blank=True)
    team_size = models.PositiveIntegerField(_("team size"), validators=[MaxValueValidator(100000)])
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="fr")
    label_code = models.CharField(_("label code"), max_length=20, unique=True, null=True, editable=False)  # noqa: DJ001 (given at the first approval)
    current_label = models.ForeignKey(
        "label.LabelApplication",
        verbose_name=_("current label"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "guichet_provider"  # created by the guichet app (see docs/adr/0008)
        verbose_name = _("digital provider")
        verbose_name_plural = _("digital providers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def localized_description(self) -> tuple[str, str]:
        return _localized(self, "description")


class Solution(models.Model):
    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="solutions")
    name = models.CharField(_("name of the solution"), max_length=150)
    category = models.CharField(_("category"), max_length=20, choices=SolutionCategory.choices)
    description = models.TextField(_("description"), max_length=1500)
    references = models.TextField(
        _("references (optional)"),
        max_length=1000,
        blank=True,
        help_text=_("Clients or projects that can be cited, one per line."),
    )
    references_consent = models.BooleanField(
        _("these clients agreed to be named"),
        default=False,
        help_text=_("The directory shows the references only when this is ticked."),
    )

    class Meta:
        db_table = "guichet_solution"  # created by the guichet app (see docs/adr/0008)
        verbose_name = _("solution")
        verbose_name_plural = _("solutions")
        ordering = ["pk"]

    def __str__(self):
        return self.name


class LabelApplication(models.Model):
    """One application for the label (a renewal is a new application). See label/workflow.py."""

    provider = models.ForeignKey(
        Provider, verbose_name=_("provider"), on_delete=models.CASCADE, related_name="applications"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT
    )
    charter_accepted_at = models.DateTimeField(_("charter accepted at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    reminders_sent = models.JSONField(_("expiry reminders sent (days before)"), default=list, blank=True)

    class Meta:
        db_table = "guichet_labelapplication"  # created by the guichet app (see docs/adr/0008)
        verbose_name = _("label application")
        verbose_name_plural = _("label applications")
        ordering = ["-created_at", "-pk"]
        permissions = [("review_labelapplication", "Can review label applications")]
        indexes = [models.Index(fields=["status", "valid_until"])]

    def __str__(self):
        return f"{self.provider} ({self.get_status_display()})"

    @property
    def editable(self) -> bool:
        return self.status in (ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED)

    def state(self, today: datetime.date | None = None) -> str | None:
        """valid, expired or revoked for a decided label; None before approval or when rejected."""
        if self.status == ApplicationStatus.REVOKED:
            return LabelState.REVOKED
        if self.status != ApplicationStatus.APPROVED:
            return None
        today = today or timezone.localdate()
        return LabelState.VALID if self.valid_until >= today else LabelState.EXPIRED


class CriterionAnswer(models.Model):
    application = models.ForeignKey(LabelApplication, on_delete=models.CASCADE, related_name="answers")
    criterion = models.ForeignKey(LabelCriterion, on_delete=models.PROTECT, related_name="+")
    answer = models.TextField(_("answer"), max_length=2000)
    met = models.BooleanField(_("met (reviewer's checklist)"), null=True, blank=True)
    # Why the label may be granted although this criterion is not ticked « met » (label.services).
    exception_reason = models.TextField(_("reason for an exception"), max_length=1000, blank=True)

    class Meta:
        db_table = "guichet_criterionanswer"  # created by the guichet app (see docs/adr/0008)
        ordering = ["criterion__position", "criterion__pk"]
        constraints = [
            models.UniqueConstraint(fields=["application", "criterion"], name="one_answer_per_criterion")
        ]

    def __str__(self):
        return self.answer[:60]


def _evidence_path(instance, filename):
    return f"label/{instance.application_id}/{timezone.now():%Y%m%d%H%M%S}-{filename}"


class Evidence(models.Model):
    """A document that backs the answers: PDF, PNG or JPEG, checked by structure (label.uploads)."""

    application = models.ForeignKey(LabelApplication, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(storage=private_storage, upload_to=_evidence_path, max_length=255)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "guichet_evidence"  # created by the guichet app (see docs/adr/0008)
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.original_name


@receiver(post_delete, sender=Evidence, dispatch_uid="label_evidence_file_cleanup")
def _delete_evidence_file(sender, instance, **kwargs):
    """The one place evidence files leave the disk: whenever an Evidence row is deleted (one by one,
    in a queryset or by cascade from its application or provider), once the deletion is committed
    (a rolled-back deletion keeps its file)."""
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))


class LabelEvent(models.Model):
    """One line of an application's timeline (every transition, reminders)."""

    application = models.ForeignKey(LabelApplication, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=30, choices=LabelEventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    message = models.TextField(blank=True, max_length=4000)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)

    class Meta:
        db_table = "guichet_labelevent"  # created by the guichet app (see docs/adr/0008)
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.application_id} {self.action}"


class CharterSignatory(models.Model):
    """An organisation or an elected official who signed the charter of the label."""

    kind = models.CharField(_("kind"), max_length=20, choices=SignatoryKind.choices)
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(
        _("role or organisation"), max_length=200, blank=True, help_text=_("E.g. « Maire du Lamentin ».")
    )
    signed_on = models.DateField(_("signed on"))
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("signed_on")]),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("website"),
    ]

    class Meta:
        db_table = "guichet_chartersignatory"  # created by the guichet app (see docs/adr/0008)
        verbose_name = _("charter signatory")
        verbose_name_plural = _("charter signatories")
        ordering = ["signed_on", "name"]

    def __str__(self):
        return self.name
