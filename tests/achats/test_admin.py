"""Editors publish calls for tenders in the admin, their categories ticked among the label's eight."""

import pytest

from achats.models import CallForTenders
from tests.utils import signed_in, staff

pytestmark = pytest.mark.django_db
ADD = "/admin/snippets/achats/callfortenders/add/"


@pytest.fixture
def editor_client(client):
    return signed_in(client, staff(groups=["Editors"]))


def test_an_editor_publishes_a_call_with_its_categories(editor_client):
    page = editor_client.get(ADD).content.decode()
    assert page.count('name="categories"') == 8 and 'type="checkbox"' in page
    data = {
        "title": "Refonte du site",
        "buyer": "Commune du Lorrain",
        "kind": "marche",
        "summary": "Site accessible.",
        "categories": ["developpement", "hebergement"],
        "deadline": "2099-03-31",
        "link": "https://marches.example/1",
        "published": "on",
    }
    response = editor_client.post(ADD, data)
    assert response.status_code == 302
    call = CallForTenders.objects.get()
    assert call.categories == ["developpement", "hebergement"] and call.published_at is not None


def test_a_call_needs_a_category(editor_client):
    response = editor_client.post(ADD, {"title": "Sans catégorie", "categories": []})
    assert response.status_code == 200 and not CallForTenders.objects.exists()


def test_a_visitor_cannot_reach_the_admin_listing(client):
    assert client.get("/admin/snippets/achats/callfortenders/").status_code == 302
