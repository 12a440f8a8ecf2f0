from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.IntegerChoices):
    """The French (and European) qualification levels; 0 when no level is required."""

    NONE = 0, _("No specific level")
    LEVEL_3 = 3, _("Level 3 (CAP, BEP)")
    LEVEL_4 = 4, _("Level 4 (bac)")
    LEVEL_5 = 5, _("Level 5 (bac+2)")
    LEVEL_6 = 6, _("Level 6 (bac+3, bac+4)")
    LEVEL_7 = 7, _("Level 7 (bac+5)")
    LEVEL_8 = 8, _("Level 8 (doctorat)")


EXIT_LEVELS = [(value, label) for value, label in Level.choices if value >= 3]


class Region(models.TextChoices):
    MARTINIQUE = "martinique", "Martinique"
    GUADELOUPE = "guadeloupe", "Guadeloupe"
    GUYANE = "guyane", _("French Guiana")
    FRANCE = "france", _("Elsewhere in France")
    ABROAD = "etranger", _("Abroad")


class CertificationType(models.TextChoices):
    DIPLOMA = "diplome", _("National diploma")
    PROFESSIONAL_TITLE = "titre-professionnel", _("Professional title")
    CQP = "cqp", _("Professional qualification certificate (CQP)")
    CERTIFICATE = "certificat", _("Certificate (specific register)")
    NONE = "aucune", _("No certification")


class Modality(models.TextChoices):
    ON_SITE = "presentiel", _("On site")
    DISTANCE = "distanciel", _("Distance learning")
    BLENDED = "hybride", _("Blended")


class Rhythm(models.TextChoices):
    FULL_TIME = "temps-plein", _("Full time")
    PART_TIME = "temps-partiel", _("Part time")
    WORK_STUDY = "alternance", _("Work-study")
    APPRENTICESHIP = "apprentissage", _("Apprenticeship")
    EVENING = "cours-du-soir", _("Evening classes")


class Audience(models.TextChoices):
    PUPILS = "eleves", _("School pupils")
    STUDENTS = "etudiants", _("Students (initial education)")
    ADULTS = "formation-continue", _("Adults (continuing education)")
    EMPLOYEES = "salaries", _("Employees")
    JOB_SEEKERS = "demandeurs-emploi", _("Job seekers")
    BUSINESS_OWNERS = "chefs-entreprise", _("Business owners and self-employed")
    EVERYONE = "tout-public", _("Everyone")


class Domain(models.TextChoices):
    """The families of the CEP report on digital jobs in Martinique (2024)."""

    IT_SERVICES = "services-informatiques", _("IT services for organisations")
    MULTIMEDIA = "multimedia", _("Design, marketing and multimedia communication")
    STRATEGIC_SECTORS = "secteurs-strategiques", _("Digital in strategic sectors (S3)")
    MEDIATION = "mediation", _("Digital mediation and inclusion")
    OTHER = "autre", _("Other")


class RegistrationStatus(models.TextChoices):
    OPEN = "ouverte", _("Registration open")
    FULL = "complete", _("Full")
    CLOSED = "fermee", _("Registration closed")
