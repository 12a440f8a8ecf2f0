from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class FunderKind(models.TextChoices):
    CTM = "ctm", _("Territorial Collectivity of Martinique")
    STATE = "etat", _("State")
    EUROPE = "europe", _("European Union")
    BPIFRANCE = "bpifrance", "Bpifrance"
    OPCO = "opco", _("Skills operator (OPCO)")
    FRANCE_TRAVAIL = "france-travail", "France Travail"
    CHAMBER = "chambre", _("Chamber (CCI, CMA, agriculture)")
    EPCI = "epci", _("Intercommunality (EPCI)")
    OTHER = "other", _("Other")


class HelpKind(models.TextChoices):
    GRANT = "subvention", _("Grant")
    LOAN = "pret", _("Loan")
    TRAINING_COSTS = "prise-en-charge-formation", _("Training costs paid")
    SUPPORT = "accompagnement", _("Support and advice")
    GUARANTEE = "garantie", _("Guarantee")
    VOUCHER = "cheque", _("Voucher")


class Beneficiary(models.TextChoices):
    TPE = "tpe", _("Very small business (under 10 staff)")
    PME = "pme", _("Small or medium business")
    ASSOCIATION = "association", _("Association")
    SELF_EMPLOYED = "independant", _("Self-employed")
    FOUNDER = "createur", _("Business founder")
    JOB_SEEKER = "demandeur-emploi", _("Job seeker")
    EMPLOYEE = "salarie", _("Employee")
    YOUNG = "jeune", _("Young person")
    LOCAL_AUTHORITY = "collectivite", _("Local authority")


class Sector(models.TextChoices):
    RETAIL = "commerce", _("Retail")
    CRAFTS = "artisanat", _("Crafts")
    INDUSTRY = "industrie", _("Industry")
    SERVICES = "services", _("Services")
    AGRICULTURE = "agriculture", _("Agriculture and fishing")
    PROFESSIONS = "liberal", _("Liberal professions")
    NON_PROFIT = "associatif", _("Non-profit")
    PUBLIC = "public", _("Public sector")


class ProjectType(models.TextChoices):
    WEBSITE = "site-web", _("Website")
    ECOMMERCE = "e-commerce", _("Online shop")
    CYBERSECURITY = "cybersecurite", _("Cybersecurity")
    EQUIPMENT = "equipement", _("Equipment")
    SOFTWARE = "logiciel", _("Software")
    TRAINING = "formation", _("Training")
    CONSULTING = "conseil", _("Advice")
    RECRUITMENT = "recrutement", _("Recruitment")
    TRANSFORMATION = "transformation-numerique", _("Digital transformation")
    INNOVATION = "innovation", _("Innovation")
    INCLUSION = "inclusion-numerique", _("Digital inclusion")


# A scheme that funds "digital transformation" funds these concrete projects too.
TRANSFORMATION_COVERS = {
    ProjectType.WEBSITE,
    ProjectType.ECOMMERCE,
    ProjectType.CYBERSECURITY,
    ProjectType.EQUIPMENT,
    ProjectType.SOFTWARE,
    ProjectType.CONSULTING,
}


def funded_projects(project_types) -> set[str]:
    """The project types a scheme funds, "digital transformation" included in the concrete ones."""
    funded = set(project_types)
    if ProjectType.TRANSFORMATION in funded:
        funded |= TRANSFORMATION_COVERS
    return funded


class SchemeStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("funding scheme", "Open")
    CLOSING_SOON = "closing-soon", _("Closing soon")
    UPCOMING = "upcoming", _("Upcoming")
    PERMANENT = "permanent", _("Open all year")
    UNDATED = "undated", _("Dates not given")
    CLOSED = "closed", pgettext_lazy("funding scheme", "Closed")
