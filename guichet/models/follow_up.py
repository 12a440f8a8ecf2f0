"""After closure: what was planned, the check-ins at +3 and +6 months; parts handed over to partners."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from guichet.enums import Need, Outcome, Status
from portail.fields import ChoiceListField

from .requests import AccompanimentRequest, ActionPlanItem


class PlannedItem(models.Model):
    """One thing the adviser recorded at closure as actually planned: an aid applied for, a training,
    a provider (from the action plan, or not in it)."""

    request = models.ForeignKey(AccompanimentRequest, on_delete=models.CASCADE, related_name="planned")
    kind = models.CharField(_("kind"), max_length=20, choices=ActionPlanItem.Kind.choices)
    title = models.CharField(_("title"), max_length=200, blank=True)
    plan_item = models.ForeignKey(
        ActionPlanItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.title or self.get_kind_display()


class CheckIn(models.Model):
    """A short e-mail to the company some months after closure, and its answers."""

    request = models.ForeignKey(AccompanimentRequest, on_delete=models.CASCADE, related_name="check_ins")
    months = models.PositiveSmallIntegerField(_("months after closure"))
    due_on = models.DateField(_("due on"), db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    applied = models.BooleanField(_("applied"), null=True, blank=True)
    obtained = models.BooleanField(_("obtained"), null=True, blank=True)
    delivered = models.BooleanField(_("training followed or work delivered"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(
        _("satisfaction (1 to 5)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    comment = models.TextField(_("comment"), max_length=1000, blank=True)

    class Meta:
        ordering = ["months"]
        constraints = [models.UniqueConstraint(fields=["request", "months"], name="one_check_in_per_round")]

    def __str__(self):
        return f"{self.request} +{self.months}"


class RequestPart(models.Model):
    """Some needs of a request handed over to another partner: same file, same timeline."""

    request = models.ForeignKey(AccompanimentRequest, on_delete=models.CASCADE, related_name="parts")
    partner = models.ForeignKey(
        "guichet.Partner", verbose_name=_("partner"), on_delete=models.PROTECT, related_name="parts"
    )
    needs = ChoiceListField(_("needs"), choices_enum=Need)
    message = models.TextField(_("message to the partner"), max_length=2000, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ROUTED)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    handed_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    handed_over_from = models.ForeignKey(
        "guichet.Partner", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    taken_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        constraints = [models.UniqueConstraint(fields=["request", "partner"], name="one_part_per_partner")]

    def __str__(self):
        return f"{self.request} – {self.partner}"

    @property
    def need_labels(self) -> list[str]:
        return [str(Need(need).label) for need in self.needs]
