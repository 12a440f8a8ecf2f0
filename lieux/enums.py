"""Choices of the places map and the events, with the national « lieux de médiation numérique »
vocabulary: each choice's French wording in that standard is in NATIONAL (used by the CSV)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceKind(models.TextChoices):
    TIERS_LIEU = "tiers-lieu", _("Community digital space (tiers-lieu)")
    COWORKING = "coworking", _("Coworking space")
    FABLAB = "fablab", _("Fablab")
    EPN = "epn", _("Public digital space (EPN)")
    FRANCE_SERVICES = "france-services", "France Services"
    LIBRARY = "mediatheque", _("Library")
    ASSOCIATION = "association", _("Association")
    REPAIR = "reparation", _("Repair and reuse workshop")
    CAMPUS = "campus-connecte", _("Connected campus (distance higher education)")


class Service(models.TextChoices):
    PAPERWORK = "demarches", _("Help with online paperwork")
    EVERYDAY_TOOLS = "outils-quotidien", _("Everyday digital tools")
    JOBS = "insertion", _("Finding work through digital tools")
    SAFETY = "securite", _("Using digital tools safely")
    PARENTING = "parentalite", _("Parenting and education with digital tools")
    CREATION = "loisirs-creation", _("Digital leisure and creation")
    UNDERSTANDING = "comprendre", _("Understanding the digital world")
    ACCESS = "acces-materiel", _("Internet access and computers")
    EQUIPMENT = "materiel-solidaire", _("Low-cost computer equipment")


class Audience(models.TextChoices):
    YOUNG = "jeunes", _("Young people")
    STUDENTS = "etudiants", _("Students")
    FAMILIES = "familles", _("Families and children")
    SENIORS = "seniors", _("Seniors")
    WOMEN = "femmes", _("Women")


class SpecificSupport(models.TextChoices):
    DEAF = "surdite", _("Deafness")
    MOTOR = "handicap-moteur", _("Motor disabilities")
    MENTAL = "handicap-mental", _("Mental disabilities")
    ILLITERACY = "illettrisme", _("Illiteracy")
    ENGLISH = "anglais", _("Foreign languages (English)")
    OTHER_LANGUAGES = "autres-langues", _("Foreign languages (others)")
    VISUAL = "deficience-visuelle", _("Visual impairment")


class Fee(models.TextChoices):
    FREE = "gratuit", _("Free")
    FREE_UNDER_CONDITIONS = "gratuit-sous-condition", _("Free under conditions")
    PAID = "payant", _("Paid")


class AccessMode(models.TextChoices):
    WALK_IN = "se-presenter", _("Walk in")
    PHONE = "telephoner", _("Phone")
    EMAIL = "courriel", _("Send an e-mail")
    BOOKING = "rdv-en-ligne", _("Book online")
    NO_PUBLIC = "pas-de-public", _("Does not receive the public")
    REFERRAL = "prescription", _("E-mail a referral form")


class SupportMode(models.TextChoices):
    SELF_SERVICE = "autonomie", _("On your own")
    ONE_TO_ONE = "individuel", _("One-to-one support")
    WORKSHOP = "atelier", _("Group workshop")
    REMOTE = "distance", _("Remote")


NATIONAL = {
    PlaceKind: {
        "tiers-lieu": "TIERS_LIEUX",
        "coworking": "TIERS_LIEUX",
        "fablab": "TIERS_LIEUX",
        "epn": "EPN",
        "france-services": "RFS",
        "mediatheque": "BIB",
        "association": "ASSO",
        "reparation": "RESSOURCERIE",
        "campus-connecte": "TIERS_LIEUX",
    },
    Service: {
        "demarches": "Aide aux démarches administratives",
        "outils-quotidien": "Maîtrise des outils numériques du quotidien",
        "insertion": "Insertion professionnelle via le numérique",
        "securite": "Utilisation sécurisée du numérique",
        "parentalite": "Parentalité et éducation avec le numérique",
        "loisirs-creation": "Loisirs et créations numériques",
        "comprendre": "Compréhension du monde numérique",
        "acces-materiel": "Accès internet et matériel informatique",
        "materiel-solidaire": "Acquisition de matériel informatique à prix solidaire",
    },
    Audience: {
        "jeunes": "Jeunes",
        "etudiants": "Étudiants",
        "familles": "Familles et/ou enfants",
        "seniors": "Seniors",
        "femmes": "Femmes",
    },
    SpecificSupport: {
        "surdite": "Surdité",
        "handicap-moteur": "Handicaps moteurs",
        "handicap-mental": "Handicaps mentaux",
        "illettrisme": "Illettrisme",
        "anglais": "Langues étrangères (anglais)",
        "autres-langues": "Langues étrangères (autres)",
        "deficience-visuelle": "Déficience visuelle",
    },
    Fee: {"gratuit": "Gratuit", "gratuit-sous-condition": "Gratuit sous condition", "payant": "Payant"},
    AccessMode: {
        "se-presenter": "Se présenter",
        "telephoner": "Téléphoner",
        "courriel": "Contacter par mail",
        "rdv-en-ligne": "Prendre un RDV en ligne",
        "pas-de-public": "Ce lieu n'accueille pas de public",
        "prescription": "Envoyer un mail avec une fiche de prescription",
    },
    SupportMode: {
        "autonomie": "En autonomie",
        "individuel": "Accompagnement individuel",
        "atelier": "Dans un atelier collectif",
        "distance": "À distance",
    },
}


class CorrectionStatus(models.TextChoices):
    NEW = "new", _("To review")
    APPLIED = "applied", _("Applied")
    REJECTED = "rejected", _("Rejected")
