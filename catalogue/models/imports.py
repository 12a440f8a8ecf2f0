from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LheoImport(models.Model):
    """One run of the LHEO importer: its counts, rejected records and what it changed.

    A file uploaded in the admin is kept in `payload` (the database is shared by web and worker
    machines) until the background job has read it.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed: nothing was changed")

    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=500)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.SET_NULL, null=True, blank=True
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    payload = models.BinaryField(null=True, blank=True, editable=False)
    error = models.TextField(_("error"), blank=True)
    counts = models.JSONField(_("counts"), default=dict)
    rejected = models.JSONField(_("rejected records"), default=list)
    changes = models.JSONField(_("changes"), default=list)

    class Meta:
        verbose_name = _("LHEO import")
        verbose_name_plural = _("LHEO imports")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.source} ({self.started_at:%Y-%m-%d %H:%M})"
