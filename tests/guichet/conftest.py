import pytest
from allauth.account.models import EmailAddress

from django.urls import reverse
from django.utils import translation

from guichet.models import Partner
from tests.portail.factories import UserFactory


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
