import pytest
from allauth.account.models import EmailAddress

from tests.portail.factories import UserFactory


@pytest.fixture
def provider_user(db):
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user
