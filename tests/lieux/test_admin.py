"""Editors in the Wagtail admin: the place and event forms open, corrections are moderated."""

import pytest

from lieux.enums import CorrectionStatus
from lieux.models import PlaceCorrection
from tests.utils import sign_in_with_totp, staff


@pytest.fixture
def editor_client(client, db):
    return sign_in_with_totp(client, staff(groups=["Editors"]))


def test_the_place_and_event_forms_open(editor_client, places, event):
    map_page, index = places["sphere"].get_parent(), event.get_parent()
    for url in (
        f"/admin/pages/add/lieux/placepage/{map_page.pk}/",
        f"/admin/pages/{places['sphere'].pk}/edit/",
        f"/admin/pages/add/evenements/eventpage/{index.pk}/",
        f"/admin/pages/{event.pk}/edit/",
    ):
        response = editor_client.get(url)
        assert response.status_code == 200, url


def test_editors_review_the_corrections(editor_client, places):
    correction = PlaceCorrection.objects.create(place=places["vanlab"], message="Fermé le lundi.")
    listing = editor_client.get("/admin/snippets/lieux/placecorrection/")
    assert listing.status_code == 200
    assert "VANLAB" in listing.content.decode()
    response = editor_client.post(
        f"/admin/snippets/lieux/placecorrection/edit/{correction.pk}/",
        {"status": CorrectionStatus.APPLIED, "editor_note": "Horaires mis à jour."},
    )
    assert response.status_code == 302
    correction.refresh_from_db()
    assert (correction.status, correction.message) == (CorrectionStatus.APPLIED, "Fermé le lundi.")
