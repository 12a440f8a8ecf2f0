"""The company's private tracking page: what it shows, and what the company can do from it."""

import datetime
import json

import pytest

from django.core import mail, signing
from django.utils import timezone

from guichet import services
from guichet.enums import EventKind, Status
from guichet.models import AccompanimentRequest, RequestEvent, RoutingRule
from guichet.models.requests import TRACKING_SALT
from tests.guichet.conftest import tracking_path
from tests.guichet.factories import submit
from tests.utils import in_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def tracked(partners):
    """A request from Le Lorrain, sent to CAP Nord Martinique."""
    return submit(company_name="Ti Kaz Créole", email="lea@example.org", description="Des confitures.")


def action(client, request, name, data=None):
    return client.post(f"{tracking_path(request)}{name}/", data or {})


# Reaching the page


@pytest.mark.parametrize(
    "token",
    [
        "not-a-token",
        "GU-2026-000001",
        "GU-2026-000001:forged-signature",
        signing.Signer(salt="another.salt").sign("GU-2026-000001"),
    ],
    ids=["garbage", "bare reference", "forged signature", "other salt"],
)
def test_an_invalid_or_forged_link_is_not_found(client, site_tree, tracked, token):
    tracked.reference = "GU-2026-000001"
    tracked.save()

    assert client.get(f"/fr/guichet/suivi/{token}/").status_code == 404
    assert client.get(f"/fr/guichet/suivi/{token}/donnees.json").status_code == 404
    assert client.post(f"/fr/guichet/suivi/{token}/withdraw/").status_code == 404
    assert client.post(f"/fr/guichet/suivi/{token}/supprimer/", {"confirm": "1"}).status_code == 404
    assert AccompanimentRequest.objects.get().status == Status.ROUTED


def test_the_token_of_one_request_does_not_open_another(client, site_tree, tracked):
    other = submit(company_name="Lolo Bèlè")
    forged = tracked.tracking_token.replace(tracked.reference, other.reference)

    assert client.get(f"/fr/guichet/suivi/{forged}/").status_code == 404
    assert client.get(tracking_path(other)).status_code == 200


def test_the_tracking_page_is_never_kept_by_a_cache(client, site_tree, tracked):
    for _ in range(2):
        response = client.get(tracking_path(tracked))
        assert response.status_code == 200 and "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_the_timeline_shows_what_happened_but_never_internal_notes(client, site_tree, tracked, adviser):
    services.add_note(tracked, user=adviser, text="Client difficile, rappeler le soir.")
    services.transition(tracked, "take", user=adviser)

    response = client.get(tracking_path(tracked))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in page
    for event in ["Request received", "Sent to a partner", "Taken in charge"]:
        assert in_language("fr", event) in page, event
    assert "Client difficile" not in page
    assert in_language("fr", "Internal note") not in page


def test_the_page_says_who_handles_the_request_and_why(client, site_tree, tracked, partners):
    page = client.get(tracking_path(tracked)).content.decode()

    assert "Ti Kaz Créole" in page and "Le Lorrain" in page
    assert "CAP Nord Martinique – développement économique" in page
    assert (
        in_language("fr", "%(commune)s is in %(epci)s")
        % {
            "commune": "Le Lorrain",
            "epci": "Communauté d&#x27;Agglomération du Pays Nord Martinique",
        }
        in page
    )


# Answering the partner


def test_the_company_answers_a_question_and_the_partner_is_told(
    client, site_tree, tracked, adviser, partners, django_capture_on_commit_callbacks
):
    services.transition(tracked, "take", user=adviser)
    services.transition(tracked, "ask", user=adviser, message="Avez-vous déjà un nom de domaine ?")
    page = client.get(tracking_path(tracked)).content.decode()
    assert "Avez-vous déjà un nom de domaine ?" in page
    assert in_language("fr", "Answer the partner's question", escaped=False) in page

    with django_capture_on_commit_callbacks(execute=True):
        response = action(client, tracked, "reply", {"message": "Oui : tikaz.mq"})

    tracked.refresh_from_db()
    assert response.status_code == 302 and response["Location"] == tracking_path(tracked)
    assert tracked.status == Status.IN_PROGRESS
    reply = tracked.events.get(kind=EventKind.COMPANY_MESSAGE)
    assert reply.message == "Oui : tikaz.mq" and not reply.internal
    assert [message.to for message in mail.outbox] == [[partners["cap-nord"].contact_email]]
    assert tracked.reference in mail.outbox[0].subject
    assert f"/espace-partenaire/demandes/{tracked.reference}/" in mail.outbox[0].body


def test_an_empty_answer_is_refused(client, site_tree, tracked, adviser):
    services.transition(tracked, "take", user=adviser)
    services.transition(tracked, "ask", user=adviser, message="Votre budget ?")

    response = action(client, tracked, "reply", {"message": "  "})

    tracked.refresh_from_db()
    assert tracked.status == Status.WAITING
    page = client.get(response["Location"]).content.decode()
    assert in_language("fr", "Write your message first.") in page


def test_the_company_withdraws_its_request(
    client, site_tree, tracked, partners, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        action(client, tracked, "withdraw")

    tracked.refresh_from_db()
    assert tracked.status == Status.WITHDRAWN and tracked.closed_at is not None
    assert tracked.events.filter(kind=EventKind.WITHDRAWN).exists()
    assert [message.to for message in mail.outbox] == [[partners["cap-nord"].contact_email]]
    page = client.get(tracking_path(tracked)).content.decode()
    assert in_language("fr", "Withdrawn") in page
    assert "/withdraw/" not in page and "/reply/" not in page  # nothing more to do


def test_a_withdrawn_request_cannot_be_withdrawn_or_answered_again(client, site_tree, tracked):
    action(client, tracked, "withdraw")

    response = action(client, tracked, "reply", {"message": "Finalement si."})

    page = client.get(response["Location"]).content.decode()
    assert AccompanimentRequest.objects.get().status == Status.WITHDRAWN
    assert not RequestEvent.objects.filter(kind=EventKind.COMPANY_MESSAGE).exists()
    assert (
        in_language("fr", "This is not possible any more: the request is now “%(status)s”.")
        % {"status": in_language("fr", "Withdrawn")}
        in page
    )


def test_an_unknown_action_is_not_found(client, site_tree, tracked):
    assert action(client, tracked, "take").status_code == 404
    assert client.get(f"{tracking_path(tracked)}withdraw/").status_code == 405


# The satisfaction survey


def test_the_survey_is_offered_only_once_the_request_is_closed(client, site_tree, tracked, adviser):
    survey = in_language("fr", "Two questions about how it went")
    assert survey not in client.get(tracking_path(tracked)).content.decode()

    services.transition(tracked, "close", user=adviser, outcome="accompanied")

    assert survey in client.get(tracking_path(tracked)).content.decode()


def test_the_survey_answers_are_stored(client, site_tree, tracked, adviser):
    services.transition(tracked, "close", user=adviser, outcome="accompanied")

    response = action(client, tracked, "avis", {"rating": "4", "solved": "1"})

    tracked.refresh_from_db()
    assert (tracked.satisfaction_rating, tracked.satisfaction_solved) == (4, True)
    assert tracked.satisfaction_at is not None
    page = client.get(response["Location"]).content.decode()
    assert in_language("fr", "Thank you for your answers.") in page
    assert in_language("fr", "Two questions about how it went") not in page


def test_an_incomplete_survey_is_not_stored(client, site_tree, tracked, adviser):
    services.transition(tracked, "close", user=adviser, outcome="accompanied")

    response = action(client, tracked, "avis", {"rating": "9"})

    tracked.refresh_from_db()
    assert tracked.satisfaction_rating is None
    assert (
        in_language("fr", "Answer both questions, please.")
        in client.get(response["Location"]).content.decode()
    )


def test_the_survey_of_an_open_request_is_refused_with_a_message(client, site_tree, tracked):
    response = action(client, tracked, "avis", {"rating": "1", "solved": "0"})

    tracked.refresh_from_db()
    assert response.status_code == 302
    assert tracked.satisfaction_rating is None
    page = client.get(response["Location"]).content.decode()
    assert in_language("fr", "The survey opens when the request is closed.") in page


# The company's data


def test_the_company_downloads_everything_about_its_request(client, site_tree, tracked, adviser):
    services.add_note(tracked, user=adviser, text="Note interne")
    services.send_action_plan(
        tracked, user=adviser, items=[{"kind": "autre", "title": "Cyber-base du Lorrain", "url": ""}]
    )

    response = client.get(f"{tracking_path(tracked)}donnees.json")

    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{tracked.reference}.json"'
    assert data["reference"] == tracked.reference
    assert data["company_name"] == "Ti Kaz Créole" and data["email"] == "lea@example.org"
    assert data["siret"] == "73282932000074" and data["description"] == "Des confitures."
    assert data["commune"] == "Le Lorrain" and data["partner"].startswith("CAP Nord Martinique")
    assert data["needs"] == ["site-web"] and data["status"] == "routed"
    assert data["consent_text"] == tracked.consent_text
    assert data["action_plan"] == [{"title": "Cyber-base du Lorrain", "url": "", "note": ""}]
    assert len(data["timeline"]) == 3  # received, routed, action plan
    assert "Note interne" not in response.content.decode()


def test_the_company_deletes_its_request_after_confirming(client, site_tree, tracked, adviser):
    services.add_note(tracked, user=adviser, text="Note")
    path = tracking_path(tracked)

    response = action(client, tracked, "supprimer", {"confirm": "1"})

    assert response.status_code == 200
    assert in_language("fr", "Your request has been deleted") in response.content.decode()
    assert not AccompanimentRequest.objects.exists() and not RequestEvent.objects.exists()
    assert expired(client.get(path))


def test_without_ticking_the_box_nothing_is_deleted(client, site_tree, tracked):
    response = action(client, tracked, "supprimer")

    assert response.status_code == 302 and response["Location"] == tracking_path(tracked)
    assert AccompanimentRequest.objects.filter(pk=tracked.pk).exists()
    page = client.get(response["Location"]).content.decode()
    assert in_language("fr", "Tick the box to confirm the deletion.") in page


# Expiry: the link lives as long as the company's data (GUICHET_RETENTION_DAYS after closure)


def expired(response) -> bool:
    """The "this link has expired" page, with nothing of the request."""
    page = response.content.decode()
    return (
        response.status_code == 410
        and in_language("fr", "This link has expired") in page
        and "Ti Kaz Créole" not in page
        and "lea@example.org" not in page
    )


def test_an_anonymised_requests_link_has_expired(client, site_tree, tracked):
    path = tracking_path(tracked)
    AccompanimentRequest.objects.filter(pk=tracked.pk).update(
        status=Status.CLOSED, closed_at=timezone.now(), anonymised_at=timezone.now()
    )

    assert expired(client.get(path))
    assert expired(client.get(f"{path}donnees.json"))
    assert expired(client.post(f"{path}supprimer/", {"confirm": "1"}))
    assert expired(client.post(f"{path}avis/", {"rating": "5", "solved": "1"}))
    assert AccompanimentRequest.objects.filter(pk=tracked.pk).exists()


@pytest.mark.parametrize("status", [Status.CLOSED, Status.WITHDRAWN])
def test_the_link_expires_with_the_retention_period_even_before_anonymisation(
    client, site_tree, tracked, settings, status
):
    path = tracking_path(tracked)
    closed_at = timezone.now() - datetime.timedelta(days=settings.GUICHET_RETENTION_DAYS)
    AccompanimentRequest.objects.filter(pk=tracked.pk).update(status=status, closed_at=closed_at)

    assert expired(client.get(path))
    assert expired(client.get(f"{path}donnees.json"))

    AccompanimentRequest.objects.update(closed_at=closed_at + datetime.timedelta(days=1))
    assert client.get(path).status_code == 200  # one day left


def test_a_genuine_link_to_an_unknown_request_has_expired(client, site_tree, partners):
    token = signing.Signer(salt=TRACKING_SALT).sign("GU-1999-000042")  # e.g. deleted: only we sign

    assert expired(client.get(f"/fr/guichet/suivi/{token}/"))


def test_editing_the_rules_later_does_not_move_a_request_already_sent(client, site_tree, tracked):
    RoutingRule.objects.update(active=False)

    page = client.get(tracking_path(tracked)).content.decode()

    assert "CAP Nord Martinique – développement économique" in page
