"""The e-mail outbox: every message the portal sends is stored here before any attempt to send it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboundEmail(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed: no more attempts")

    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    # The first attempt after the creation or the last "resend": retries stop OUTBOX_GIVE_UP_HOURS later.
    retry_from = models.DateTimeField(_("retried since"))
    next_attempt_at = models.DateTimeField(_("next attempt"), db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    subject = models.TextField(_("subject"))
    from_email = models.TextField(_("from"))
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(default=list)
    bcc = models.JSONField(default=list)
    reply_to = models.JSONField(default=list)
    headers = models.JSONField(default=dict)
    body = models.TextField()
    content_subtype = models.CharField(max_length=20, default="plain")
    alternatives = models.JSONField(default=list)  # [[content, mimetype]]
    attachments = models.JSONField(default=list)  # [[filename, base64 content, mimetype]]

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return self.subject

    @property
    def recipients(self) -> list[str]:
        return [*self.to, *self.cc, *self.bcc]
