# ruff: noqa: E501 (demo texts, one provider per entry)
"""Demo providers in every state of the label, and the charter's signatories.

Companies, people and SIRET numbers are fictitious (marked « démo »; the SIRETs pass the checksum).
The provider accounts and the reviewer are created with the other demo accounts (portail.demo.loader).
"""

import datetime

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from guichet.label import services
from guichet.models import CharterSignatory, LabelCriterion, Provider, Solution
from portail.models import Commune, User

REVIEWER = "relecteur.label@demo.example"
DEMO_PDF = (
    b"%PDF-1.4\n% demo evidence\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)
# (account key, name, SIRET, commune INSEE, staff, website, description fr, en, es, solutions, what happened)
PROVIDERS = [
    ("kalbas", "Kalbas Numérik (démo)", "18636649359610", "97209", 12, "https://kalbas.demo.example",
     "Agence de développement web et mobile installée à Fort-de-France : sites, applications métier, maintenance sur place.",
     "Web and mobile development agency in Fort-de-France: websites, business apps, on-site maintenance.",
     "Agencia de desarrollo web y móvil en Fort-de-France: sitios, aplicaciones de gestión, mantenimiento local.",
     [("Kalbas Boutik", "developpement", "Boutique en ligne clé en main pour les commerces de proximité.", "Épicerie du Marigot (démo)"),
      ("Kalbas Maintenance", "conseil", "Contrat de maintenance et support téléphonique en créole et en français.", "")],
     "approved"),
    ("nuage-caraibe", "Nuage Caraïbe Hébergement (démo)", "17096385038178", "97213", 8, "https://nuage-caraibe.demo.example",
     "Hébergement et sauvegarde dans un centre de données situé au Lamentin ; vos données restent en Martinique.",
     "Hosting and backup in a data centre in Le Lamentin: your data stays in Martinique.", "",
     [("Kaz Sauvegarde", "hebergement", "Sauvegarde chiffrée des postes et serveurs, restauration en quatre heures.", "Cabinet médical du Lamentin (démo)"),
      ("Veille cyber", "cybersecurite", "Surveillance des sites et alertes en cas d'intrusion.", "")],
     "approved-soon"),
    ("lakou-data", "Lakou Data & IA (démo)", "69732421829306", "97229", 5, "",
     "Tableaux de bord, analyse de données et intelligence artificielle pour les collectivités et les PME.", "",
     "Cuadros de mando, análisis de datos e inteligencia artificial para colectividades y pymes.",
     [("Tablo", "data-ia", "Tableaux de bord partagés à partir de vos fichiers de ventes.", "Coopérative agricole du Nord (démo)")],
     "approved"),
    ("bel-imaj", "Bèl Imaj Studio (démo)", "60760385568775", "97222", 4, "https://bel-imaj.demo.example",
     "Studio audiovisuel : vidéos, photographies et contenus pour les réseaux sociaux.", "", "",
     [("Clip entreprise", "creatif", "Une vidéo de présentation de votre entreprise en une journée de tournage.", "")],
     "expired"),
    ("repar-pc", "Répar'PC Madinina (démo)", "31277238818071", "97224", 3, "",
     "Réparation et reconditionnement d'ordinateurs et de smartphones à Ducos.", "", "",
     [("Reconditionné péyi", "materiel", "Ordinateurs reconditionnés garantis un an.", "")],
     "revoked"),
    ("formaweb", "FormaWeb Sud (démo)", "50559263763447", "97231", 2, "",
     "Formations courtes au numérique pour les commerçants et artisans du Sud.", "", "",
     [("Atelier réseaux sociaux", "formation", "Deux demi-journées pour animer sa page professionnelle.", "")],
     "changes_requested"),
    ("kod-antiy", "Kòd Antiy (démo)", "57194971996841", "97230", 6, "",
     "Éditeur de logiciels de gestion pour les TPE de Martinique.", "", "",
     [("Fakti", "developpement", "Devis et factures conformes, en ligne, avec un support local.", "")],
     "submitted"),
    ("securi-kaz", "SécuriKaz (démo)", "31496556396987", "97213", 3, "",
     "Audits de sécurité informatique et sensibilisation des salariés.", "", "",
     [("Audit flash", "cybersecurite", "Un audit de deux jours et un plan d'actions priorisé.", "")],
     "rejected"),
    ("ti-pixel", "Ti Pixel Créations (démo)", "96663210677688", "97228", 1, "",
     "Graphiste indépendante : identités visuelles et sites vitrines.", "", "",
     [("Identité visuelle", "creatif", "Logo, charte graphique et supports imprimés.", "")],
     "draft"),
]  # fmt: skip
PROVIDER_ACCOUNTS = [(key, name, state) for key, name, *_rest, state in PROVIDERS]
SIGNATORIES = [
    ("organisation", "Collectivité Territoriale de Martinique", "Porteur du label", (2026, 3, 12)),
    ("organisation", "CCI Martinique", "Chambre de commerce et d'industrie", (2026, 3, 12)),
    ("organisation", "Association des acheteurs publics de Martinique (démo)", "Réseau des acheteurs", (2026, 4, 2)),
    ("elu", "Conseillère exécutive chargée du numérique (démo)", "Collectivité Territoriale de Martinique", (2026, 3, 12)),
    ("elu", "Maire du Lamentin (démo)", "Ville du Lamentin", (2026, 5, 20)),
    ("elu", "Président de CAP Nord (démo)", "CAP Nord Martinique", (2026, 6, 8)),
]  # fmt: skip


def provider_email(key: str) -> str:
    return f"prestataire.{key}@demo.example"


def demo_load() -> bool:
    if Provider.objects.exists():
        return False
    reviewer = User.objects.get(email=REVIEWER)
    today = timezone.localdate()
    with transaction.atomic():
        for kind, name, role, signed_on in SIGNATORIES:
            CharterSignatory.objects.create(
                kind=kind, name=name, role=role, signed_on=datetime.date(*signed_on)
            )
        for key, name, siret, insee, staff, website, fr, en, es, solutions, state in PROVIDERS:
            provider = Provider.objects.create(
                user=User.objects.get(email=provider_email(key)),
                name=name,
                siret=siret,
                commune=Commune.objects.get(insee_code=insee),
                team_size=staff,
                website=website,
                description=fr,
                description_en=en,
                description_es=es,
            )
            for solution, category, description, references in solutions:
                Solution.objects.create(
                    provider=provider,
                    name=solution,
                    category=category,
                    description=description,
                    references=references,
                )
            _apply(provider, state, reviewer, today)
    return True


def _apply(provider: Provider, state: str, reviewer, today) -> None:
    application = services.open_application(provider)
    answers = {
        criterion: f"Réponse de démonstration ({criterion.text.split(':')[0].lower()}) : voir la pièce jointe."
        for criterion in LabelCriterion.objects.filter(active=True)
    }
    services.save_answers(application, answers=answers, charter=True)
    services.add_evidence(application, SimpleUploadedFile("kbis-demo.pdf", DEMO_PDF, "application/pdf"))
    if state == "draft":
        return
    user = provider.user
    services.transition(application, "submit", user=user)
    if state == "submitted":
        return
    services.transition(application, "start_review", user=reviewer)
    if state == "changes_requested":
        services.transition(
            application,
            "request_changes",
            user=reviewer,
            message="Merci de joindre l'attestation de l'expert-comptable sur la part du personnel local.",
        )
    elif state == "rejected":
        services.transition(
            application,
            "reject",
            user=reviewer,
            message="L'activité est réalisée par un sous-traitant situé hors de Martinique.",
        )
    else:
        # Expired: approved more than a validity ago; one label expires within 60 days (reminders).
        days_ago = {
            "expired": settings.LABEL_VALIDITY_DAYS + 40,
            "approved-soon": settings.LABEL_VALIDITY_DAYS - 40,
        }
        days_ago = days_ago.get(state, 120)
        services.transition(
            application, "approve", user=reviewer, today=today - datetime.timedelta(days=days_ago)
        )
        if state == "revoked":
            services.transition(
                application,
                "revoke",
                user=reviewer,
                message="Établissement fermé en Martinique depuis juin (contrôle du registre).",
            )
