"""The directory of local digital solutions: every provider, labelled first, filters, bounded queries."""

import pytest

from django.urls import reverse

from label.models import Provider, Solution
from portail.models import Commune
from tests.besoins.factories import give_label, provider_in
from tests.label.factories import ProviderFactory, SolutionFactory
from tests.portail.factories import UserFactory

pytestmark = pytest.mark.django_db


def shown(response) -> list[str]:
    return [entry.provider.name for entry in response.context["entries"]]


def test_every_provider_with_a_solution_is_listed_labelled_first(client):
    provider_in("developpement", name="Alizé Dev")
    provider_in("hebergement", name="Zouk Cloud", labelled=True)
    ProviderFactory(name="Sans solution")

    response = client.get(reverse("label:solutions"))

    assert shown(response) == ["Zouk Cloud", "Alizé Dev"]
    assert "PLN-T" in response.content.decode()  # the labelled one shows its badge


def test_filters_by_category_commune_epci_size_and_label(client):
    lamentin, lorrain = Commune.objects.get(insee_code="97213"), Commune.objects.get(insee_code="97214")
    provider_in("developpement", name="Alizé Dev", commune=lamentin, team_size=1)
    provider_in("hebergement", name="Zouk Cloud", commune=lorrain, team_size=12, labelled=True)
    url = reverse("label:solutions")

    assert shown(client.get(url, {"categorie": "hebergement"})) == ["Zouk Cloud"]
    assert shown(client.get(url, {"commune": "97213"})) == ["Alizé Dev"]
    assert shown(client.get(url, {"epci": lorrain.epci.code})) == ["Zouk Cloud"]
    assert shown(client.get(url, {"taille": "10-49"})) == ["Zouk Cloud"]
    assert shown(client.get(url, {"taille": "1", "label": "on"})) == []
    response = client.get(url, {"categorie": "nimporte"})  # an unknown value: the whole directory
    assert response.status_code == 200 and len(shown(response)) == 2


def test_references_are_shown_only_with_the_clients_consent(client):
    provider = provider_in("conseil", name="Bwa Conseil")
    SolutionFactory(provider=provider, name="Audit", references="Mairie du Robert", references_consent=True)
    SolutionFactory(provider=provider, name="Schéma", references="Clinique secrète", references_consent=False)

    page = client.get(reverse("label:provider", args=[provider.pk])).content.decode()

    assert "Mairie du Robert" in page and "Clinique secrète" not in page
    assert client.get(reverse("label:provider", args=[ProviderFactory().pk])).status_code == 404


def test_a_page_of_the_directory_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    commune = Commune.objects.get(insee_code="97213")
    users = UserFactory.create_batch(500)
    providers = Provider.objects.bulk_create(
        Provider(
            user=user,
            name=f"Prestataire {n:03d}",
            siret=f"{n:014d}",
            commune=commune,
            description="Développement",
            team_size=3,
        )  # fmt: skip
        for n, user in enumerate(users)
    )
    Solution.objects.bulk_create(
        Solution(provider=provider, name="Site", category="developpement", description="Sites web")
        for provider in providers
    )
    for provider in providers[:50]:
        give_label(provider)

    client.get(reverse("label:solutions"))  # the layout's cache (portail/site_cache.py, navigation)
    # 6: the directory 3 (count, page, solutions), the filters 2 (communes, EPCI), the layout 1.
    with django_assert_max_num_queries(6):
        response = client.get(reverse("label:solutions"), {"page": "3", "categorie": "developpement"})
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 500
