"""Choices of the places map and the events, with the national « lieux de médiation numérique »
vocabulary: each choice's French wording in that standard is in NATIONAL (used by the CSV)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    WORKSHOP = "atelier", _("Workshop")
    DROP_IN = "permanence", _("Drop-in session")
    SHORT_COURSE = "formation-courte", _("Short course")
    BUYERS_MEETING = "rencontre-acheteurs", _("Buyers and providers meeting")
    WEBINAR = "webinaire", _("Webinar")


class EventAudience(models.TextChoices):
    EVERYONE = "tous", _("Everyone")
    SENIORS = "seniors", _("Seniors")
    YOUNG = "jeunes", _("Young people")
    JOB_SEEKERS = "demandeurs-emploi", _("Job seekers")
    BUSINESSES = "entreprises", _("Businesses (TPE)")
    BUYERS = "acheteurs", _("Public and private buyers")
    MEDIATORS = "mediateurs", _("Digital mediators")


class EventLanguage(models.TextChoices):
    FRENCH = "fr", _("French")
    CREOLE = "gcf", _("Martinican Creole")
    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
