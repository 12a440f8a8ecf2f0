from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PartnerKind(models.TextChoices):
    EPCI = "epci", _("Intercommunality (EPCI)")
    CCI = "cci", _("Chamber of commerce and industry (CCI)")
    CMA = "cma", _("Chamber of trades and crafts (CMA)")
    AGRICULTURE = "chambre_agriculture", _("Chamber of agriculture")
    CTM = "ctm", _("Territorial Collectivity of Martinique")
    OTHER = "other", _("Other")


class Sector(models.TextChoices):
    RETAIL = "commerce", _("Retail")
    CRAFTS = "artisanat", _("Crafts")
    INDUSTRY = "industrie", _("Industry")
    SERVICES = "services", _("Services")
    AGRICULTURE = "agriculture", _("Agriculture and fishing")
    PROFESSIONS = "liberal", _("Liberal professions")
    NON_PROFIT = "associatif", _("Non-profit")


class Need(models.TextChoices):
    WEBSITE = "site-web", _("A website")
    ECOMMERCE = "e-commerce", _("Selling online")
    SOCIAL_MEDIA = "reseaux-sociaux", _("Social media")
    CYBERSECURITY = "cybersecurite", _("Cybersecurity")
    MANAGEMENT_TOOLS = "outils-gestion", _("Management tools (invoicing, accounting…)")
    EQUIPMENT = "equipement", _("Equipment")
    STAFF_TRAINING = "formation-salaries", _("Training for staff")
    FUNDING = "financement", _("Funding")
    OTHER = "autre", _("Something else")


class ContactChannel(models.TextChoices):
    PHONE = "telephone", _("By phone")
    EMAIL = "email", _("By e-mail")


class Status(models.TextChoices):
    ROUTED = "routed", _("Received, waiting for an adviser")
    IN_PROGRESS = "in_progress", _("Taken in charge")
    WAITING = "waiting", _("Waiting for your answer")
    CLOSED = "closed", pgettext_lazy("request", "Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Outcome(models.TextChoices):
    ACCOMPANIED = "accompanied", _("Accompanied")
    REDIRECTED = "redirected", _("Redirected to another service")
    UNREACHABLE = "unreachable", _("Could not be reached")
    NOT_NEEDED = "not_needed", _("No longer needed")


class EventKind(models.TextChoices):
    RECEIVED = "received", _("Request received")
    ROUTED = "routed", _("Sent to a partner")
    TAKEN = "taken", _("Taken in charge")
    DECLINED = "declined", _("Declined by the partner")
    INFO_REQUESTED = "info_requested", _("Question to the company")
    COMPANY_MESSAGE = "company_message", _("Message from the company")
    CLOSED = "closed", pgettext_lazy("request event", "Closed")
    REOPENED = "reopened", _("Reopened")
    WITHDRAWN = "withdrawn", _("Withdrawn by the company")
    ACTION_PLAN = "action_plan", _("Action plan sent")
    REMINDER = "reminder", _("Reminder to the partner")
    ESCALATED = "escalated", _("Escalated to the CTM")
    NOTE = "note", _("Internal note")


# The label « produit local numérique »
