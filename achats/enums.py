from django.db import models
from django.utils.translation import gettext_lazy as _


class CallKind(models.TextChoices):
    TENDER = "marche", _("Call for tenders")
    PROJECT = "projet", _("Call for projects")


class CallState(models.TextChoices):
    """Not stored: a call is open until its deadline has passed."""

    OPEN = "ouvert", _("Open")
    CLOSED = "clos", _("Closed")


class LocalShare(models.TextChoices):
    """The barometer's question: the share of digital purchases made from local providers, as a band."""

    NONE = "0", _("None")
    UNDER_25 = "1-25", _("Less than a quarter")
    UNDER_50 = "25-50", _("A quarter to a half")
    UNDER_75 = "50-75", _("A half to three quarters")
    OVER_75 = "75-100", _("More than three quarters")
    UNKNOWN = "nsp", _("I do not know")


class BuyerKind(models.TextChoices):
    COMMUNE = "commune", _("Commune or EPCI")
    PUBLIC = "public", _("Other public body")
    COMPANY = "entreprise", _("Company")
    ASSOCIATION = "association", _("Association")


SATISFACTION_CHOICES = [(n, str(n)) for n in range(1, 6)]
