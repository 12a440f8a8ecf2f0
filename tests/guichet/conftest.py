import re

import pytest
from allauth.account.models import EmailAddress

from django.urls import reverse
from django.utils import translation

from guichet.models import Partner
from portail.models import Commune
from tests.guichet import factories
from tests.lieux.factories import PlacePageFactory
from tests.portail.factories import UserFactory
from tests.utils import signed_in


@pytest.fixture
def partners(db):
    return {partner.slug: partner for partner in Partner.objects.all()}


def member_of(partner: Partner):
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    partner.members.add(user)
    return user


@pytest.fixture
def adviser(partners):
    """An adviser of CAP Nord Martinique (the EPCI of Le Lorrain)."""
    return member_of(partners["cap-nord"])


COMPANY = {
    "siret": "732 829 320 00074",
    "company_name": "Ti Kaz Créole",
    "sector": "commerce",
    "headcount": "3",
    "commune": "Le Lorrain",
}
NEEDS = {"needs": ["site-web", "reseaux-sociaux"], "description": "Vendre nos confitures en ligne."}
CONTACT = {
    "contact_name": "Léa Marie",
    "email": "lea@example.org",
    "preferred_channel": "email",
    "language": "fr",
}
CHECK = {"consent": "on", "website": "", "captcha_0": "x", "captcha_1": "PASSED"}


def submit(client, language="fr", company=None, needs=None, contact=None, check=None):
    """Walk the form as a browser does; returns the final response."""
    base = f"/{language}/guichet/demande"
    client.post(f"{base}/entreprise/", company or COMPANY)
    client.post(f"{base}/besoins/", needs or NEEDS)
    client.post(f"{base}/contact/", {**CONTACT, "language": language, **(contact or {})})
    return client.post(f"{base}/verifier/", check or CHECK)


def tracking_path(request, language="fr") -> str:
    with translation.override(language):
        return reverse("guichet:tracking", args=[request.tracking_token])


# The partner space (test_partner_space.py, test_partner_actions.py)

SPACE = "/espace-partenaire/"
NOT_NOW = "This is not possible for this request now."


def detail_path(request):
    return f"{SPACE}demandes/{request.reference}/"


def act(client, request, action, **data):
    """Post one of the detail page's forms, as the browser does (transitions carry a hidden `action`)."""
    return client.post(f"{detail_path(request)}{action}/", {"action": action, **data})


def references(page: str) -> list[str]:
    """The references listed on the partner space's list, in order."""
    return re.findall(r'<a href="/espace-partenaire/demandes/([^/]+)/">', page)


def not_found(client, path, method="get") -> bool:
    """The page ends in "not found" (see the direct-404 test for the redirect on the way)."""
    return getattr(client, method)(path, follow=True).status_code == 404


def follow(client, response) -> str:
    return client.get(response["Location"]).content.decode()


@pytest.fixture
def signed_adviser(client, adviser):
    """The client of a CAP Nord Martinique adviser, signed in with TOTP."""
    return signed_in(client, adviser)


@pytest.fixture
def lorrain_request(partners):
    """Ti Kaz Créole, a shop of 3 in Le Lorrain: sent to CAP Nord Martinique."""
    return factories.submit(company_name="Ti Kaz Créole", email="lea@example.org")


# Individuals: mediation places as partners (test_individual_*.py, test_mediation.py)

ALL_HELP = ["demarches", "outils-quotidien", "comprendre", "acces-materiel", "materiel-solidaire"]


@pytest.fixture
def mediation_places(map_page):
    """Three mediation places offering every kind of help, one per EPCI, each a partner:
    Le Park Numérique (Fort-de-France), France Services du Lorrain, Up & Space (Sainte-Luce)."""
    found = {}
    for slug, title, insee_code in [
        ("park", "Le Park Numérique", "97209"),
        ("fs-lorrain", "France Services du Lorrain", "97214"),
        ("upspace", "Up & Space", "97227"),
    ]:
        place = PlacePageFactory(
            parent=map_page,
            title=title,
            slug=slug,
            commune=Commune.objects.get(insee_code=insee_code),
            kinds=["france-services" if slug == "fs-lorrain" else "epn"],
            services=ALL_HELP,
        )
        found[slug] = factories.mediation_partner(place, slug)
    return found


PERSON = {"person_status": "retraite", "age_band": "60-plus", "level": "aucun", "commune": "Le Lorrain"}
PROJECT = {"goals": ["bases-numeriques"], "description": "Faire des appels vidéo."}
PERSON_CONTACT = {
    "contact_name": "Rosette",
    "phone": "0696 12 34 56",
    "preferred_channel": "telephone",
    "language": "fr",
}
PERSON_BASE = "/fr/guichet/particulier"


def submit_person_form(client, person=None, project=None, contact=None, check=None):
    """Walk the individuals' form as a browser does; returns the final response."""
    client.post(f"{PERSON_BASE}/vous/", person or PERSON)
    client.post(f"{PERSON_BASE}/projet/", project or PROJECT)
    client.post(f"{PERSON_BASE}/contact/", {**PERSON_CONTACT, **(contact or {})})
    return client.post(f"{PERSON_BASE}/verifier/", check or CHECK)
