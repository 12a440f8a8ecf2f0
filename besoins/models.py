"""A buyer's need (a commune, a TPE, an association), the providers' proposals, and the questions the
buyer asks a provider about its proposal. The buyer has no account: a signed link (besoins.links)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from besoins.enums import BudgetBand, BuyerKind, NeedStatus
from label.enums import SolutionCategory


class Need(models.Model):
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(_("description"), max_length=2000)
    category = models.CharField(_("category"), max_length=20, choices=SolutionCategory.choices)
    budget = models.CharField(_("budget"), max_length=20, choices=BudgetBand.choices)
    deadline = models.DateField(_("answers wanted before"))
    commune = models.ForeignKey("portail.Commune", verbose_name=_("commune"), on_delete=models.PROTECT)
    buyer_kind = models.CharField(_("kind of buyer"), max_length=20, choices=BuyerKind.choices)
    organisation = models.CharField(_("organisation"), max_length=150)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="fr")
    status = models.CharField(
        _("status"), max_length=20, choices=NeedStatus.choices, default=NeedStatus.DRAFT
    )
    # One form, one need: a second submission of the same form finds the first (double click, reload).
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    moderation_message = models.TextField(_("moderator's message"), max_length=2000, blank=True)
    chosen = models.ForeignKey(
        "besoins.Proposal", verbose_name=_("chosen proposal"), on_delete=models.SET_NULL, null=True,
        blank=True, related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed or rejected at"), null=True, blank=True)

    class Meta:
        verbose_name = _("buyer's need")
        verbose_name_plural = _("buyers' needs")
        ordering = ["-created_at", "-pk"]
        permissions = [("moderate_need", "Can moderate buyers' needs")]
        indexes = [models.Index(fields=["status", "category"])]

    def __str__(self):
        return self.title


class NeedNotification(models.Model):
    """A provider told about a published need: never twice."""

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="notifications")
    provider = models.ForeignKey("label.Provider", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["need", "provider"], name="one_notification_per_provider")
        ]

    def __str__(self):
        return f"{self.need_id} → {self.provider_id}"


class Proposal(models.Model):
    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="proposals")
    provider = models.ForeignKey(
        "label.Provider", verbose_name=_("provider"), on_delete=models.CASCADE, related_name="proposals"
    )
    text = models.TextField(_("proposal"), max_length=1500)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("proposal")
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["need", "provider"], name="one_proposal_per_provider")]

    def __str__(self):
        return f"{self.provider} → {self.need}"


class Question(models.Model):
    """The buyer asks the provider about its proposal; the provider answers once."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="questions")
    text = models.TextField(_("question"), max_length=1000)
    answer = models.TextField(_("answer"), max_length=1000, blank=True)
    asked_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "pk"]

    def __str__(self):
        return self.text[:60]
