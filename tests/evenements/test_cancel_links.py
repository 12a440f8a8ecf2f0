"""Cancel links in registration e-mails expire a year after they were sent."""

import time

import pytest

from evenements import services
from evenements.enums import RegistrationStatus
from evenements.models import Registration

pytestmark = pytest.mark.django_db


def register(event):
    return services.register(
        event=event, name="A", email="a@example.org", phone="", accessibility_needs="", language="fr"
    )


def token_made_days_ago(registration, days, monkeypatch):
    then = time.time() - days * 24 * 3600
    with monkeypatch.context() as patched:
        patched.setattr(time, "time", lambda: then)
        return services.cancel_token(registration)


def test_a_cancel_link_older_than_a_year_no_longer_cancels(client, event, monkeypatch):
    registration = register(event)
    token = token_made_days_ago(registration, 366, monkeypatch)

    assert client.post(f"/fr/evenements/premiers-pas/annuler/{token}/").status_code == 404
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_a_cancel_link_from_months_ago_still_cancels(client, event, monkeypatch):
    registration = register(event)
    token = token_made_days_ago(registration, 200, monkeypatch)

    client.post(f"/fr/evenements/premiers-pas/annuler/{token}/")

    assert Registration.objects.get().status == RegistrationStatus.CANCELLED
