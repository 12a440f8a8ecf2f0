from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PartnerKind(models.TextChoices):
    EPCI = "epci", _("Intercommunality (EPCI)")
    CCI = "cci", _("Chamber of commerce and industry (CCI)")
    CMA = "cma", _("Chamber of trades and crafts (CMA)")
    AGRICULTURE = "chambre_agriculture", _("Chamber of agriculture")
    CTM = "ctm", _("Territorial Collectivity of Martinique")
    EMPLOYMENT = "emploi", _("Public employment service")
    YOUTH = "mission_locale", _("Mission locale (young people under 26)")
    ORIENTATION = "orientation", _("Training and orientation service")
    MEDIATION = "mediation", _("Digital mediation place (EPN, France Services)")
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


class RequestKind(models.TextChoices):
    COMPANY = "entreprise", _("Company")
    PERSON = "particulier", _("Individual")


class PersonStatus(models.TextChoices):
    """Who the person is: the first question of the request for individuals."""

    LEARNER = "apprenant", _("Learner or student")
    JOB_SEEKER = "demandeur-emploi", _("Job seeker")
    EMPLOYEE = "salarie", _("Employee")
    YOUNG = "jeune", _("Young person under 26")
    RETIRED = "retraite", _("Retired")
    OTHER = "autre", _("Other situation")


class Goal(models.TextChoices):
    """What the person wants help with."""

    TRAIN = "se-former", _("Find a training")
    CHANGE_JOB = "changer-metier", _("Change job")
    CERTIFY = "certification-vae", _("Get a qualification recognised (VAE, certification)")
    DIGITAL_BASICS = "bases-numeriques", _("Learn digital basics (computer, smartphone, internet)")
    EQUIPMENT = "equipement", _("Get a computer or a smartphone")
    ONLINE_PROCEDURES = "demarches", _("Help with online procedures")


class AgeBand(models.TextChoices):
    UNDER_26 = "moins-26", _("Under 26")
    FROM_26_TO_59 = "26-59", _("26 to 59")
    FROM_60 = "60-plus", _("60 or over")


class PersonLevel(models.TextChoices):
    """The highest diploma, in the French levels (as the training catalogue shows them)."""

    NONE = "aucun", _("No diploma")
    LEVEL_3 = "3", _("CAP, BEP (level 3)")
    LEVEL_4 = "4", _("Baccalauréat (level 4)")
    LEVEL_5 = "5", _("Bac+2: BTS, DUT (level 5)")
    LEVEL_6 = "6", _("Bac+3 or bac+4: licence (level 6)")
    LEVEL_7 = "7", _("Bac+5 or more (level 7, 8)")
    UNKNOWN = "ne-sait-pas", _("I don't know / I'd rather not say")


class ConsentMethod(models.TextChoices):
    """How the person agreed: by themselves on the form, or told to a mediator."""

    ONLINE = "formulaire", _("On the form, by the person")
    ORAL = "oral", _("Orally, in person")
    WRITTEN = "ecrit", _("In writing (signed form)")
    PHONE = "telephone", _("By phone")


class ReceiptChannel(models.TextChoices):
    """How a person helped by a mediator receives the reference of their request."""

    SMS = "sms", _("Text message (SMS) to their mobile")
    EMAIL = "email", _("E-mail")
    PRINTED = "imprime", _("Printed receipt, handed over")


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
    CHECK_IN_SENT = "check_in_sent", _("Follow-up e-mail sent")
    CHECK_IN_ANSWERED = "check_in_answered", _("Follow-up answered by the company")
    HANDED_OVER = "handed_over", _("Part handed over to another partner")
    PART_TAKEN = "part_taken", _("Part taken in charge")
    PART_CLOSED = "part_closed", _("Part closed")


# The label « produit local numérique »
