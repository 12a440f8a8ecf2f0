"""Local digital purchasing: calls for tenders and projects, their e-mail alerts, the buyers' barometer."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from achats.admin_forms import CallForTendersAdminForm
from achats.enums import SATISFACTION_CHOICES, BuyerKind, CallKind, CallState, LocalShare
from label.enums import SolutionCategory


class CallForTenders(models.Model):
    """A call for tenders or for projects that local digital firms can answer; shown once published.

    `categories` holds values of the label's SolutionCategory (a list, filtered with
    `achats.selectors.with_category`). Imported calls keep their feed's id in `source_id`."""

    title = models.CharField(_("title"), max_length=255)
    buyer = models.CharField(_("buyer"), max_length=200)
    summary = models.TextField(_("summary"), max_length=3000)
    kind = models.CharField(_("kind"), max_length=10, choices=CallKind.choices, default=CallKind.TENDER)
    categories = models.JSONField(_("categories"), default=list)
    deadline = models.DateField(_("deadline"))
    link = models.URLField(_("link to the call"), max_length=500)
    published = models.BooleanField(_("published"), default=False)
    source_id = models.CharField(_("id in the imported feed"), max_length=255, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("buyer"), FieldPanel("kind")]),
        FieldPanel("summary"),
        FieldPanel("categories"),
        FieldRowPanel([FieldPanel("deadline"), FieldPanel("link")]),
        MultiFieldPanel([FieldPanel("published")], heading=_("Publication")),
    ]
    base_form_class = CallForTendersAdminForm

    class Meta:
        verbose_name = _("call for tenders or projects")
        verbose_name_plural = _("calls for tenders and projects")
        ordering = ["deadline", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_id"], condition=~models.Q(source_id=""), name="one_call_per_source_id"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.published and self.published_at is None:
            self.published_at = timezone.now()  # alerts announce calls published after they were confirmed
        super().save(*args, **kwargs)

    def state_on(self, today: datetime.date) -> CallState:
        return CallState.OPEN if self.deadline >= today else CallState.CLOSED

    @property
    def state(self) -> CallState:
        return self.state_on(timezone.localdate())

    @property
    def category_labels(self) -> list[str]:
        return [str(SolutionCategory(value).label) for value in self.categories if value in SolutionCategory]


class CallAlert(models.Model):
    """Someone's subscription to new calls in some categories (double opt-in). Unsubscribing deletes
    it and its delivery log; nothing else is kept."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=5)
    categories = models.JSONField(_("categories"), default=list)
    token = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("call alert")
        verbose_name_plural = _("call alerts")

    def __str__(self):
        return self.email


class CallAlertDelivery(models.Model):
    """The claim that a call was announced to an alert: written before the e-mail, at most once."""

    alert = models.ForeignKey(CallAlert, on_delete=models.CASCADE, related_name="deliveries")
    call = models.ForeignKey(CallForTenders, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["alert", "call"], name="one_delivery_per_call")]

    def __str__(self):
        return f"{self.alert} {self.call_id}"


class BarometerResponse(models.Model):
    """One buyer's answer to the yearly barometer. No name or address: only an invitation's key,
    so that a link answers once."""

    year = models.PositiveIntegerField(_("year"), db_index=True)
    buyer_kind = models.CharField(_("kind of buyer"), max_length=20, choices=BuyerKind.choices)
    local_share = models.CharField(
        _("local share of digital purchases"), max_length=10, choices=LocalShare.choices
    )
    satisfaction = models.PositiveSmallIntegerField(_("satisfaction"), choices=SATISFACTION_CHOICES)
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    invitation_key = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("barometer answer")
        verbose_name_plural = _("barometer answers")
        constraints = [
            models.UniqueConstraint(
                fields=["invitation_key"],
                condition=~models.Q(invitation_key=""),
                name="one_answer_per_invitation",
            )
        ]

    def __str__(self):
        return f"{self.year} {self.get_buyer_kind_display()}"
