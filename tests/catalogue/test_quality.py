"""The catalogue's data-quality report in the admin: gaps counted, listed with an edit link, gone once
fixed; only for people who manage the catalogue."""

import pytest

from catalogue.enums import Modality
from portail.models import Commune
from tests.catalogue.factories import TrainingPageFactory, TrainingProviderFactory
from tests.utils import sign_in_with_totp, staff

pytestmark = pytest.mark.django_db
URL = "/admin/catalogue/qualite/"


@pytest.fixture
def pages(catalogue):
    bare = TrainingProviderFactory(name="Organisme sans rien")
    placed = TrainingProviderFactory(
        name="Organisme complet",
        commune=Commune.objects.get(insee_code="97209"),
        phone="0596 00 00 00",
        qualiopi=True,
    )
    return {
        "bare": TrainingPageFactory(parent=catalogue, title="Formation à compléter", provider=bare),
        "remote": TrainingPageFactory(
            parent=catalogue,
            title="Formation en ligne",
            provider=bare,
            modality=Modality.DISTANCE,
            contact="Écrire",
        ),
        "complete": TrainingPageFactory(
            parent=catalogue,
            title="Formation complète",
            provider=placed,
            duration_hours=35,
            cost_eur=0,
            entry_level=3,
            exit_level=3,
        ),
    }


def section(html: str, kind: str, key: str) -> str:
    start = html.index(f'id="{kind}-{key}"')
    return html[start : html.index("</details>", start)]


def test_each_gap_is_counted_and_listed_with_a_link_to_fix_it(client, editor, pages):
    sign_in_with_totp(client, editor)
    html = client.get(URL).content.decode()

    place = section(html, "programme", "place")
    assert "Formation à compléter" in place and f"/admin/pages/{pages['bare'].pk}/edit/" in place
    assert "Formation en ligne" not in place  # taught at a distance: a place of its own
    assert "Formation complète" not in html.split('id="programme-place"')[1].split("</details>")[0]
    contact = section(html, "programme", "contact")
    assert "Formation à compléter" in contact and "Formation en ligne" not in contact  # its own contact
    assert "(2)" in section(html, "programme", "duration")
    providers = section(html, "provider", "contact")
    assert "Organisme sans rien" in providers and "Organisme complet" not in providers
    assert "/admin/snippets/catalogue/trainingprovider/edit/" in providers


def test_a_fixed_gap_leaves_the_report(client, editor, pages):
    sign_in_with_totp(client, editor)
    bare = pages["bare"]
    bare.duration_hours = 20
    bare.save_revision().publish()
    assert "Formation à compléter" not in section(client.get(URL).content.decode(), "programme", "duration")


def test_only_people_who_manage_the_catalogue_see_it(client, pages):
    assert client.get(URL).status_code == 302  # to the sign-in page
    sign_in_with_totp(client, staff(permissions=["access_admin"]))  # in the admin, not the catalogue's
    response = client.get(URL)
    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail: "no permission"
