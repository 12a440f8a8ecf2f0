"""A dozen demo requests in every state (demo/data/guichet.yaml), handled by the demo advisers; the
mediation places as partners; requests from individuals, one filed by the demo mediator.

Companies, people, phone numbers and SIRET numbers are fictitious (the SIRETs pass the checksum).
"""

import datetime

from django.db import transaction
from django.utils import timezone

from demo.text import read
from financements.models import FundingSchemePage
from guichet import services
from guichet.enums import ConsentMethod, PartnerKind, ReceiptChannel
from guichet.models import AccompanimentRequest, Partner
from guichet.services import PersonSubmission, Submission
from lieux.models import PlacePage
from portail.models import Commune, User

CONSENT = read("guichet")["consent"]
REQUESTS = read("guichet")["requests"]
MEDIATION_PARTNERS = read("guichet")["mediation_partners"]
INDIVIDUALS = read("guichet")["individuals"]
MEDIATOR_EMAIL = "mediateur@demo.example"
MEDIATOR_ORGANISATION = "Point d'information numérique du Marigot"
PLAN_MESSAGE = "Deux pistes pour démarrer."
ACTION_PLAN = [{"kind": "autre", "page": None, "title": "Atelier « Créer son site » à la CCI", "url": ""}]


def demo_load() -> bool:
    if AccompanimentRequest.objects.exists():
        return False
    _mediation_partners()
    advisers = {
        partner.slug: partner.members.first() for partner in Partner.objects.prefetch_related("members")
    }
    now = timezone.now()
    with transaction.atomic():
        for item in REQUESTS:
            key, company = item["key"], item["company"]
            mediator = advisers.get("ctm") if item["mediated"] else None  # filed with a CTM mediator
            request, _created = services.submit_request(
                Submission(
                    company_name=company,
                    sector=item["sector"],
                    headcount=item["staff"],
                    commune=Commune.objects.get(insee_code=item["commune"]),
                    needs=item["needs"],
                    description=item["description"],
                    contact_name=f"Contact {company.split()[0]}",
                    email=f"demande.{key}@demo.example",
                    phone="0596 00 00 00",
                    preferred_channel="telephone",
                    siret=item["siret"],
                    being_created=item["being_created"],
                    language=item["language"],
                    mediator_organisation=MEDIATOR_ORGANISATION if mediator else "",
                    scheme=FundingSchemePage.objects.live().filter(slug=item.get("scheme") or "").first(),
                ),
                submission_key=f"demo-{key}",
                consent_text=CONSENT,
                filed_by=mediator,
            )
            _backdate(request, now - datetime.timedelta(days=item["days_ago"]))
            ready = request.documents.all()[: item.get("documents_ready", 0)]
            request.documents.filter(pk__in=[document.pk for document in ready]).update(
                ready=True, ready_at=now
            )
            for step in item["steps"]:
                _apply(request, step, advisers)
        for item in INDIVIDUALS:
            _individual(item, advisers, now)
    return True


def _mediation_partners() -> None:
    """Each demo EPN or France Services becomes a partner linked to its place (when the place exists)."""
    places = {place.title: place for place in PlacePage.objects.filter(locale__language_code="fr")}
    for item in MEDIATION_PARTNERS:
        if item["place"] not in places:
            continue
        partner, _created = Partner.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "kind": PartnerKind.MEDIATION,
                "area": places[item["place"]].commune.name,
                "place": places[item["place"]],
                "contact_email": f"guichet+{item['slug']}@demo.example",
            },
        )
        if item.get("adviser"):
            partner.members.add(*User.objects.filter(email=item["adviser"]))


def _individual(item, advisers, now) -> None:
    mediator = User.objects.filter(email=MEDIATOR_EMAIL).first() if item["mediated"] else None
    moment = now - datetime.timedelta(days=item["days_ago"])
    mediation = {
        "mediator_organisation": read("guichet")["mediator_organisation"],
        "consent_method": ConsentMethod.ORAL,
        "consent_at": moment,
        "receipt_channel": ReceiptChannel.PRINTED,
    }
    request, _created = services.submit_request(
        PersonSubmission(
            contact_name=item["name"],
            commune=Commune.objects.get(insee_code=item["commune"]),
            person_status=item["status"],
            age_band=item["age"],
            level=item["level"],
            goals=item["goals"],
            description=item["description"],
            phone=item["phone"],
            email=item["email"],
            preferred_channel=item["channel"],
            **(mediation if mediator else {}),
        ),
        submission_key=f"demo-{item['key']}",
        consent_text=CONSENT,
        filed_by=mediator,
    )
    _backdate(request, moment)
    for step in item["steps"]:
        _apply(request, step, advisers)


def _backdate(request: AccompanimentRequest, moment) -> None:
    AccompanimentRequest.objects.filter(pk=request.pk).update(created_at=moment, routed_at=moment)
    request.events.update(at=moment)
    request.refresh_from_db()


def _apply(request, step, advisers) -> None:
    action, message, outcome = step["action"], step["message"], step.get("outcome", "")
    request.refresh_from_db()
    adviser: User | None = advisers.get(request.partner.slug)
    if action == "withdraw":
        services.transition(request, "withdraw", message=message)
    elif action == "plan":
        services.send_action_plan(request, user=adviser, items=ACTION_PLAN, message=PLAN_MESSAGE)
    else:
        services.transition(request, action, user=adviser, message=message, outcome=outcome)
    if action == "close":
        request.refresh_from_db()
        services.record_satisfaction(request, rating=5 if outcome == "accompanied" else 4, solved=True)
