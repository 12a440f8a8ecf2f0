"""Hand-over: CAP Nord keeps the website part of a request and hands the funding part to the CCI.
One file, one timeline; each partner acts on its part; internal notes stay with their partner."""

import pytest

from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from guichet import hand_over, services
from guichet.enums import EventKind, Status
from guichet.models import RequestPart
from guichet.selectors import export_request
from tests.guichet.conftest import SPACE, act, detail_path, follow, member_of, references, tracking_path
from tests.guichet.factories import submit
from tests.utils import in_language, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_(partners):
    """Ti Kaz Créole in Le Lorrain, with CAP Nord Martinique: a website and funding."""
    return submit(company_name="Ti Kaz Créole", email="lea@example.org", needs=["site-web", "financement"])


def client_of(partner):
    user = member_of(partner)
    return signed_in(Client(), user), user


@pytest.fixture
def cap_nord(partners):
    return client_of(partners["cap-nord"])


@pytest.fixture
def cci(partners):
    return client_of(partners["cci-martinique"])


def hand(client, request, partner, needs=("financement",), message="Le volet financement est pour vous."):
    return client.post(
        f"{detail_path(request)}transmettre/",
        {"hand-over-partner": partner.pk, "hand-over-needs": list(needs), "hand-over-message": message},
    )


def close_data(part, message=""):
    return {f"part-{part.pk}-outcome": "accompanied", f"part-{part.pk}-message": message}


def part_path(part, action):
    return f"{detail_path(part.request)}parts/{part.pk}/{action}/"


@pytest.fixture
def handed(request_, cap_nord, partners, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = hand(cap_nord[0], request_, partners["cci-martinique"])
    assert response.status_code == 302
    return RequestPart.objects.get(request=request_)


# Handing over


def test_the_partner_in_charge_hands_over_some_needs_and_the_receiver_is_told(
    handed, request_, partners, cap_nord
):
    assert (handed.partner, handed.needs, handed.status) == (
        partners["cci-martinique"],
        ["financement"],
        "routed",
    )
    assert handed.handed_over_from == partners["cap-nord"] and handed.handed_over_by == cap_nord[1]
    assert mail.outbox[-1].to == [partners["cci-martinique"].contact_email]
    assert mail.outbox[-1].subject == in_language(
        "fr", "Part of request %(reference)s handed over to you", escaped=False
    ) % {"reference": request_.reference}
    event = request_.events.get(kind=EventKind.HANDED_OVER)
    assert event.partner == partners["cci-martinique"] and not event.internal
    request_.refresh_from_db()
    assert request_.partner == partners["cap-nord"] and request_.status == Status.ROUTED  # the file stays


@pytest.mark.parametrize(
    ("partner", "needs", "error"),
    [
        ("cap-nord", ["financement"], "Choose another partner than the one in charge of the request."),
        ("cci-martinique", ["e-commerce"], "Choose at least one of the request's needs."),
    ],
)
def test_a_hand_over_is_checked(request_, partners, cap_nord, partner, needs, error):
    with pytest.raises(ValidationError) as raised:
        hand_over.hand_over(request_, user=cap_nord[1], partner=partners[partner], needs=needs)
    assert in_language("fr", error) in " ".join(raised.value.messages)
    assert not RequestPart.objects.exists()


def test_the_form_explains_and_one_partner_holds_one_part(handed, request_, partners, cap_nord):
    form = cap_nord[0].get(detail_path(request_)).content.decode()
    assert f'<option value="{partners["cacem"].pk}"' in form and 'id="id_hand-over-message"' in form
    assert f'<option value="{partners["cci-martinique"].pk}"' not in form  # it already holds a part

    response = hand(cap_nord[0], request_, partners["cacem"], needs=())

    assert in_language("fr", "Check the hand-over: %(errors)s", escaped=False).split("%")[0] in follow(
        cap_nord[0], response
    )
    assert RequestPart.objects.count() == 1


def test_a_closed_request_is_not_handed_over(request_, partners, cap_nord):
    services.transition(request_, "close", user=cap_nord[1], outcome="accompanied")

    hand(cap_nord[0], request_, partners["cci-martinique"])

    assert not RequestPart.objects.exists()


# What each partner sees and does


def test_the_receiving_partner_lists_the_request_and_sees_its_part(handed, request_, cci):
    client, _user = cci

    assert request_.reference in references(client.get(SPACE).content.decode())
    page = client.get(detail_path(request_)).content.decode()
    assert "<li><strong>" + in_language("fr", "Funding") + "</strong></li>" in page  # its need, highlighted
    assert "Le volet financement est pour vous." in page
    assert f'action="{detail_path(request_)}take/"' not in page  # not the request's transitions
    assert f'action="{detail_path(request_)}plan/#action-plan"' not in page  # nor its action plan
    assert f'action="{part_path(handed, "take")}"' in page


def test_the_receiving_partner_takes_and_closes_its_part_and_the_original_sees_it(
    handed, request_, cci, cap_nord
):
    client, _user = cci

    client.post(part_path(handed, "take"))
    handed.refresh_from_db()
    assert handed.status == Status.IN_PROGRESS and handed.taken_at is not None
    refused = client.post(part_path(handed, "close"), {f"part-{handed.pk}-outcome": ""})
    assert in_language("fr", "Choose the outcome of your part.") in follow(client, refused)
    client.post(part_path(handed, "close"), close_data(handed, "Dossier CTM déposé."))

    handed.refresh_from_db()
    assert (handed.status, handed.outcome) == (Status.CLOSED, "accompanied") and handed.closed_at
    kinds = list(request_.events.filter(partner=handed.partner).values_list("kind", flat=True))
    assert kinds == [EventKind.HANDED_OVER, EventKind.PART_TAKEN, EventKind.PART_CLOSED]
    original = cap_nord[0].get(detail_path(request_)).content.decode()
    assert "Dossier CTM déposé." in original
    with translation.override("fr"):
        assert f"<strong>{handed.get_status_display()}</strong> ({handed.get_outcome_display()})" in original
    request_.refresh_from_db()
    assert request_.status == Status.ROUTED  # the rest of the request is still CAP Nord's


def test_the_receiving_partner_cannot_act_on_the_original_partners_part(handed, request_, cci, partners):
    client, _user = cci

    assert act(client, request_, "take").status_code == 403
    assert act(client, request_, "close", outcome="accompanied").status_code == 403
    assert act(client, request_, "plan", other_title="Cyber-base").status_code == 403
    assert hand(client, request_, partners["cacem"]).status_code == 403
    request_.refresh_from_db()
    assert request_.status == Status.ROUTED and RequestPart.objects.count() == 1


def test_the_original_partner_cannot_act_on_the_part_it_handed_over(handed, cap_nord):
    client, _user = cap_nord

    assert client.post(part_path(handed, "take")).status_code == 403
    assert client.post(part_path(handed, "close"), close_data(handed)).status_code == 403
    handed.refresh_from_db()
    assert handed.status == Status.ROUTED


def test_a_third_partner_sees_nothing(handed, request_, partners):
    client, _user = client_of(partners["cacem"])

    assert request_.reference not in references(client.get(SPACE).content.decode())
    assert client.get(detail_path(request_)).status_code == 404
    assert client.post(part_path(handed, "take")).status_code == 404
    assert hand(client, request_, partners["cacem"]).status_code == 404


def test_the_supervisor_sees_all_and_can_act_on_the_part(handed, request_, partners, cap_nord, cci):
    services.add_note(request_, user=cap_nord[1], text="Note de CAP Nord")
    services.add_note(request_, user=cci[1], text="Note de la CCI")
    client, _user = client_of(partners["ctm"])

    page = client.get(detail_path(request_)).content.decode()
    assert "Note de CAP Nord" in page and "Note de la CCI" in page
    client.post(part_path(handed, "take"))
    handed.refresh_from_db()
    assert handed.status == Status.IN_PROGRESS


# Internal notes: one timeline, each partner's notes its own


def test_internal_notes_stay_with_their_partner_public_events_are_shared(handed, request_, cap_nord, cci):
    cap_nord[0].post(f"{detail_path(request_)}note/", {"text": "Note de CAP Nord"})
    cci[0].post(f"{detail_path(request_)}note/", {"text": "Note de la CCI"})

    original = cap_nord[0].get(detail_path(request_)).content.decode()
    receiving = cci[0].get(detail_path(request_)).content.decode()

    assert "Note de CAP Nord" in original and "Note de la CCI" not in original
    assert "Note de la CCI" in receiving and "Note de CAP Nord" not in receiving
    shared = in_language("fr", "Part handed over to another partner")
    assert shared in original and shared in receiving
    assert request_.events.get(message="Note de la CCI").partner == handed.partner


def test_the_rerouted_partner_keeps_the_files_notes(request_, partners, cap_nord):
    """Without parts, the notes go with the file, as before hand-over existed."""
    services.add_note(request_, user=cap_nord[1], text="À rappeler lundi")
    services.transition(request_, "decline", user=cap_nord[1], message="Hors périmètre")
    request_.refresh_from_db()
    client, _user = client_of(request_.partner)

    assert "À rappeler lundi" in client.get(detail_path(request_)).content.decode()


# The company and its data


def test_the_tracking_page_shows_both_partners(client, handed, request_, site_tree):
    page = client.get(tracking_path(request_)).content.decode()

    assert "CCI Martinique" in page and "CAP Nord Martinique" in page
    assert in_language("fr", "Another partner helps you too") in page
    assert "Le volet financement est pour vous." not in page  # the message is for the partner


def test_export_and_anonymisation_cover_the_parts(handed, request_):
    exported = export_request(request_)
    assert [(part["partner"], part["needs"], part["status"]) for part in exported["parts"]] == [
        ("CCI Martinique", ["financement"], "routed")
    ]

    services._anonymise(request_, now=request_.created_at)
    handed.refresh_from_db()
    assert handed.message == "" and handed.needs == ["financement"]
