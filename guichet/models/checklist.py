"""The documents checklist of a request linked to a funding scheme: what the company has ready, and
the files it uploaded (private storage, served only to its partner's advisers and to the company)."""

from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from label.models import private_storage


def _document_path(instance, filename):
    return f"guichet/{instance.request_id}/{timezone.now():%Y%m%d%H%M%S}-{filename}"


class RequestDocument(models.Model):
    """One document the scheme asks for, copied at submission (the scheme's page may change later)."""

    request = models.ForeignKey(
        "guichet.AccompanimentRequest", on_delete=models.CASCADE, related_name="documents"
    )
    key = models.CharField(max_length=64)  # the scheme's block id: the same in every translation
    position = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(_("document"), max_length=150)
    help_text = models.CharField(max_length=300, blank=True)
    required = models.BooleanField(_("required"), default=True)
    ready = models.BooleanField(_("ready"), default=False)
    ready_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(storage=private_storage, upload_to=_document_path, max_length=255, blank=True)
    original_name = models.CharField(_("file name"), max_length=200, blank=True)
    content_type = models.CharField(max_length=40, blank=True)
    size = models.PositiveIntegerField(null=True, blank=True)
    uploaded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("document to prepare")
        verbose_name_plural = _("documents to prepare")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


def delete_file_on_commit(document: RequestDocument) -> None:
    """The file leaves the disk once the change is committed (a rolled-back change keeps it)."""
    name, storage = document.file.name, document.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))


@receiver(post_delete, sender=RequestDocument, dispatch_uid="guichet_document_file_cleanup")
def _delete_document_file(sender, instance, **kwargs):
    """Whenever a document row goes (one by one, in a queryset, or with its request)."""
    delete_file_on_commit(instance)
