"""Admin listings read booleans as "Oui"/"Non" in French, never as raw "True"/"False"."""

import re

import pytest

from label.models import LabelCriterion
from tests.catalogue.factories import TrainingProviderFactory
from tests.guichet.factories import RoutingRuleFactory
from tests.utils import signed_in, staff

pytestmark = pytest.mark.django_db


def cells(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)]


@pytest.fixture
def superuser_client(client):
    user = staff()
    user.is_superuser = user.is_staff = True
    user.save()
    return signed_in(client, user)


@pytest.mark.parametrize(
    "path, make",
    [
        (
            "/admin/snippets/guichet/routingrule/",
            lambda: (RoutingRuleFactory(active=True), RoutingRuleFactory(active=False)),
        ),
        (
            "/admin/snippets/label/labelcriterion/",
            lambda: (
                LabelCriterion.objects.create(position=98, text="Critère actif", active=True),
                LabelCriterion.objects.create(position=99, text="Critère retiré", active=False),
            ),
        ),
        (
            "/admin/snippets/catalogue/trainingprovider/",
            lambda: (TrainingProviderFactory(qualiopi=True), TrainingProviderFactory(qualiopi=False)),
        ),
    ],
)
def test_boolean_columns_read_yes_or_no(superuser_client, path, make):
    make()

    shown = cells(superuser_client.get(path).content.decode())

    assert "Oui" in shown and "Non" in shown
    assert "True" not in shown and "False" not in shown
