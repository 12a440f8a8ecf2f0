import pytest

from portail.models import User


@pytest.fixture
def moderator(db):
    return User.objects.create_superuser(email="moderateur@example.org", password="correct horse battery")
