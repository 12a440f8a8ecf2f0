"""The label's directory announces the buyers' workshops and the fair (events feature)."""

import datetime

import pytest

from django.utils import timezone

from tests.evenements.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def test_the_directory_lists_the_next_buyers_meetings_only(client, event_index):
    soon = timezone.now() + datetime.timedelta(days=10)
    EventPageFactory(
        parent=event_index,
        title="Atelier ATAPNIT pour les acheteurs",
        kind="rencontre-acheteurs",
        starts_at=soon,
    )
    EventPageFactory(parent=event_index, title="Atelier smartphone", kind="atelier", starts_at=soon)

    for language, listing in [("fr", "/fr/evenements/"), ("en", "/en/events/"), ("es", "/es/eventos/")]:
        html = client.get(f"/{language}/label/").content.decode()
        assert "Atelier ATAPNIT pour les acheteurs" in html
        assert "Atelier smartphone" not in html
        assert f'href="{listing}?type=rencontre-acheteurs"' in html


def test_without_meetings_the_directory_says_so(client, event_index):
    html = client.get("/fr/label/").content.decode()

    assert "Aucune rencontre prévue pour le moment." in html
