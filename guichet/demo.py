"""A dozen demo requests in every state, handled by the demo advisers (see portail.demo.loader).

Companies, people and SIRET numbers are fictitious (the SIRETs pass the checksum).
"""

import datetime

from django.db import transaction
from django.utils import timezone

from guichet import services
from guichet.models import AccompanimentRequest, Partner
from guichet.services import Submission
from portail.models import Commune, User

CONSENT = "Demo request: consent text as shown on the form."
# (key, company, sector, staff, commune INSEE, needs, description, days ago, what happened next)
REQUESTS = [
    ("boulangerie", "Boulangerie Ti Pain Doux", "commerce", 3, "97214", ["site-web", "reseaux-sociaux"],
     "Nous voudrions prendre les commandes de gâteaux en ligne.", 1, []),
    ("ebeniste", "Atelier Bois Lélé", "artisanat", 2, "97228", ["e-commerce"],
     "Vendre nos meubles en bois pays hors de Martinique.", 6, [("take", "")]),
    ("ferme", "Jardin Bio de Basse-Pointe", "agriculture", 4, "97203", ["outils-gestion", "financement"],
     "Suivre les ventes du marché et les paniers.", 9,
     [("take", ""), ("ask", "Vendez-vous déjà en ligne ? Combien de paniers par semaine ?")]),
    ("hotel", "Hôtel Anse Mitan", "services", 25, "97231", ["cybersecurite", "formation-salaries"],
     "Former l'équipe de réception aux arnaques par e-mail.", 40,
     [("take", ""), ("close", "Diagnostic cybersécurité réalisé, formation programmée.", "accompanied")]),
    ("infirmier", "Cabinet infirmier du Vauclin", "liberal", 2, "97232", ["outils-gestion"],
     "Un agenda en ligne pour les patients.", 3, [("take", "")]),
    ("association", "Association Lasotè Kréyòl", "associatif", 0, "97209", ["site-web"],
     "Un site pour annoncer nos ateliers de danse.", 12,
     [("decline", "Les associations sont suivies par le guichet de la CTM pour ce type de besoin.")]),
    ("startup", "Kaz Digital (en création)", "services", 1, "97229", ["financement", "site-web"],
     "Création d'une agence de communication numérique.", 15, [("take", ""), ("plan", "")]),
    ("restaurant", "Restaurant Le Carbet", "commerce", 6, "97225", ["reseaux-sociaux"],
     "Faire connaître le restaurant aux croisiéristes.", 5, []),
    ("garage", "Garage Mécanique Ducos", "artisanat", 5, "97207", ["equipement"],
     "Un logiciel de devis et de facturation.", 55,
     [("take", ""), ("close", "Orienté vers un éditeur local et l'aide Mofwazaj Dijital.", "redirected")]),
    ("poissonnerie", "Poissonnerie du Robert", "agriculture", 2, "97222", ["e-commerce"],
     "Livraison de poisson frais à domicile.", 20, [("withdraw", "Nous avons trouvé une solution.")]),
    ("epicerie", "Épicerie Fine du Lamentin", "commerce", 12, "97213", ["e-commerce", "cybersecurite"],
     "Ouvrir une boutique en ligne sécurisée.", 8, [("take", "")]),
    ("mercerie", "Mercerie Chez Man Ida", "commerce", 1, "97215", ["site-web"],
     "La gérante, 72 ans, veut être visible en ligne ; demande faite avec une médiatrice.", 2, []),
]  # fmt: skip
SIRETS = [
    "73282932000074",
    "44306184100047",
    "40483304800022",
    "55210055400013",
    "38012986600039",
    "81242843700018",
]


def demo_load() -> bool:
    if AccompanimentRequest.objects.exists():
        return False
    advisers = {
        partner.slug: partner.members.first() for partner in Partner.objects.prefetch_related("members")
    }
    now = timezone.now()
    with transaction.atomic():
        for number, (key, company, sector, staff, insee, needs, description, days_ago, steps) in enumerate(
            REQUESTS
        ):
            mediator = advisers.get("ctm") if key == "mercerie" else None
            request, _created = services.submit_request(
                Submission(
                    company_name=company,
                    sector=sector,
                    headcount=staff,
                    commune=Commune.objects.get(insee_code=insee),
                    needs=needs,
                    description=description,
                    contact_name=f"Contact {company.split()[0]}",
                    email=f"demande.{key}@demo.example",
                    phone="0596 00 00 00",
                    preferred_channel="telephone",
                    siret="" if key == "startup" else SIRETS[number % len(SIRETS)],
                    being_created=key == "startup",
                    language="es" if key == "hotel" else "fr",
                    mediator_organisation="Point d'information numérique du Marigot" if mediator else "",
                ),
                submission_key=f"demo-{key}",
                consent_text=CONSENT,
                filed_by=mediator,
            )
            _backdate(request, now - datetime.timedelta(days=days_ago))
            for step in steps:
                _apply(request, step, advisers)
    return True


def _backdate(request: AccompanimentRequest, moment) -> None:
    AccompanimentRequest.objects.filter(pk=request.pk).update(created_at=moment, routed_at=moment)
    request.events.update(at=moment)
    request.refresh_from_db()


def _apply(request, step, advisers) -> None:
    action, message, *rest = step
    request.refresh_from_db()
    adviser: User | None = advisers.get(request.partner.slug)
    if action == "withdraw":
        services.transition(request, "withdraw", message=message)
    elif action == "plan":
        services.send_action_plan(
            request,
            user=adviser,
            items=[
                {"kind": "autre", "page": None, "title": "Atelier « Créer son site » à la CCI", "url": ""}
            ],
            message="Deux pistes pour démarrer.",
        )
    else:
        services.transition(request, action, user=adviser, message=message, outcome=rest[0] if rest else "")
    if action == "close":
        request.refresh_from_db()
        services.record_satisfaction(request, rating=5 if rest[0] == "accompanied" else 4, solved=True)
