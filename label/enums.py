from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SolutionCategory(models.TextChoices):
    DEVELOPMENT = "developpement", _("Software development")
    HOSTING = "hebergement", _("Hosting")
    CYBERSECURITY = "cybersecurite", _("Cybersecurity")
    CONSULTING = "conseil", _("Consulting")
    TRAINING = "formation", _("Training")
    HARDWARE = "materiel", _("Hardware and repair")
    CREATIVE = "creatif", _("Audiovisual and creative")
    DATA_AI = "data-ia", _("Data and AI")


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    UNDER_REVIEW = "under_review", _("Under review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Label granted")
    REJECTED = "rejected", pgettext_lazy("label application", "Rejected")
    REVOKED = "revoked", _("Label revoked")


class LabelState(models.TextChoices):
    """What the verification page says about a label code."""

    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class SignatoryKind(models.TextChoices):
    ORGANISATION = "organisation", _("Organisation")
    ELECTED = "elu", _("Elected official")


class LabelEventKind(models.TextChoices):
    CREATED = "created", _("Application started")
    SUBMIT = "submit", _("Sent for review")
    START_REVIEW = "start_review", _("Review started")
    REQUEST_CHANGES = "request_changes", _("Changes requested by the reviewer")
    APPROVE = "approve", _("Label granted")
    REJECT = "reject", _("Application rejected")
    REVOKE = "revoke", _("Label revoked")
    REMINDER = "reminder", _("Expiry reminder sent")
