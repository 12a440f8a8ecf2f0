"""The editors' forms open: a broken panel would stop CTM editors, not the public."""

import pytest
from allauth.account.models import EmailAddress

from tests.catalogue.factories import TrainingPageFactory, TrainingProviderFactory, TrainingSessionFactory
from tests.portail.factories import UserFactory
from tests.utils import sign_in_with_totp

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = UserFactory(is_superuser=True, is_staff=True)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return sign_in_with_totp(client, user)


def test_editors_open_the_catalogue_and_guichet_forms(admin_client, catalogue):
    programme = TrainingPageFactory(parent=catalogue)
    TrainingSessionFactory(page=programme)
    provider = TrainingProviderFactory()

    for path in [
        f"/admin/pages/{catalogue.pk}/edit/",
        f"/admin/pages/{programme.pk}/edit/",
        f"/admin/pages/add/catalogue/trainingpage/{catalogue.pk}/",
        f"/admin/snippets/catalogue/trainingprovider/edit/{provider.pk}/",
        "/admin/snippets/guichet/partner/add/",
        "/admin/snippets/guichet/routingrule/add/",
        "/admin/snippets/guichet/routingrule/",
    ]:
        response = admin_client.get(path)
        assert response.status_code == 200, path


def test_the_provider_of_a_programme_is_picked_with_a_chooser_not_a_long_select(admin_client, catalogue):
    programme = TrainingPageFactory(parent=catalogue)
    html = admin_client.get(f"/admin/pages/{programme.pk}/edit/").content.decode()
    assert '<select name="provider"' not in html
    assert "/admin/snippets/choose/catalogue/trainingprovider/" in html  # Wagtail's snippet chooser
