import datetime

import pytest
from allauth.account.models import EmailAddress

from label import services
from portail.models import Commune
from tests.label.factories import ProviderFactory, SolutionFactory, labelled
from tests.portail.factories import UserFactory


@pytest.fixture
def provider_user(db):
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def labels(reviewer):
    """Three valid labels (one in Le Lamentin, hosting), one expired, one revoked, one pending."""
    valid = [
        labelled(reviewer, name="Kalbas Numérik", description_en="Web agency", description_es="Agencia web"),
        labelled(reviewer, name="Lakou Data"),
        labelled(reviewer, name="Nuage Caraïbe", commune=Commune.objects.get(insee_code="97213")),
    ]
    SolutionFactory(provider=valid[2].provider, name="Kaz Sauvegarde", category="hebergement")
    expired = labelled(reviewer, name="Bèl Imaj", today=datetime.date(2020, 1, 1))
    revoked = labelled(reviewer, name="Répar'PC")
    services.transition(revoked, "revoke", user=reviewer, message="Fermé.")
    pending = ProviderFactory(name="Kòd Antiy")
    SolutionFactory(provider=pending)
    return {"valid": valid, "expired": expired, "revoked": revoked, "pending": pending}
