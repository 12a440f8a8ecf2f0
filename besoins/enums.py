from django.db import models
from django.utils.translation import gettext_lazy as _


class NeedStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Pending moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Not published")
    CLOSED = "closed", _("Closed")


class BuyerKind(models.TextChoices):
    COMMUNE = "commune", _("A commune or another public body")
    COMPANY = "entreprise", _("A company (TPE, SME…)")
    ASSOCIATION = "association", _("An association")
    OTHER = "autre", _("Another kind of buyer")


class BudgetBand(models.TextChoices):
    UNDER_5K = "moins-5k", _("Less than €5,000")
    FROM_5K = "5k-20k", _("€5,000 to €20,000")
    FROM_20K = "20k-90k", _("€20,000 to €90,000")
    OVER_90K = "plus-90k", _("More than €90,000")
    UNKNOWN = "inconnu", _("Not known yet")
