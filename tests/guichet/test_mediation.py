"""A mediator files a request for a person: a role with two-factor authentication, the person's
consent recorded (what, when, how), the receipt by text message, e-mail or on paper. And an
orientation partner sees only its own requests."""

import datetime

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.utils import timezone

from guichet.models import AccompanimentRequest
from tests.guichet.conftest import (
    PERSON,
    PERSON_CONTACT,
    PROJECT,
    SPACE,
    detail_path,
    member_of,
    references,
)
from tests.guichet.factories import submit, submit_person
from tests.portail.factories import UserFactory
from tests.utils import in_language, signed_in

pytestmark = pytest.mark.django_db
MEDIATION = f"{SPACE}mediation/"
BASE = f"{MEDIATION}demande"


@pytest.fixture
def mediator(db):
    """A digital mediator of a town hall: the Mediators group (migration 0007), no partner."""
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.groups.add(Group.objects.get(name="Mediators"))
    return user


def consent(**changes):
    now = timezone.localtime() - datetime.timedelta(minutes=10)
    return {
        "consent": "on",
        "consent_method": "oral",
        "consent_date": now.strftime("%Y-%m-%d"),
        "consent_time": now.strftime("%H:%M"),
        "receipt_channel": "imprime",
        "mediator_organisation": "Mairie du Lorrain – conseillère numérique",
        **changes,
    }


def file_for_someone(client, contact=None, agreement=None):
    client.post(f"{BASE}/vous/", PERSON)
    client.post(f"{BASE}/projet/", PROJECT)
    client.post(f"{BASE}/contact/", {**PERSON_CONTACT, **(contact or {})})
    return client.post(f"{BASE}/accord/", agreement or consent())


def test_the_mediator_space_needs_a_second_factor(client, mediator):
    client.force_login(mediator)  # a password only

    response = client.get(MEDIATION)

    assert response.status_code == 302 and "/2fa/" in response["Location"]


def test_someone_without_the_role_cannot_file_for_others(client, db):
    visitor = UserFactory()
    EmailAddress.objects.create(user=visitor, email=visitor.email, verified=True, primary=True)

    assert signed_in(client, visitor).get(MEDIATION).status_code == 403
    assert Client().get(MEDIATION)["Location"].startswith("/fr/accounts/login/")


def test_a_mediator_files_for_someone_and_the_consent_is_recorded(client, mediator, mediation_places):
    signed_in(client, mediator)

    response = file_for_someone(client)

    request = AccompanimentRequest.objects.get()
    assert response["Location"] == f"{MEDIATION}recu/{request.reference}/"
    assert request.filed_by == mediator and request.mediator_organisation.startswith("Mairie du Lorrain")
    assert request.consent_method == "oral" and request.receipt_channel == "imprime"
    assert abs(request.consent_at - (timezone.now() - datetime.timedelta(minutes=10))) < datetime.timedelta(
        minutes=2
    )
    assert "The person agrees" in request.consent_text or "La personne accepte" in request.consent_text
    assert request.partner == mediation_places["fs-lorrain"]

    receipt = client.get(response["Location"]).content.decode()
    assert request.reference in receipt and "France Services du Lorrain" in receipt
    assert "0596 59 63 00" in receipt  # a number to call on the printed receipt
    assert "Mairie du Lorrain" in receipt


def test_the_partner_sees_who_filed_and_how_the_person_agreed(client, mediator, mediation_places):
    file_for_someone(signed_in(client, mediator))
    request = AccompanimentRequest.objects.get()
    adviser = member_of(mediation_places["fs-lorrain"])

    page = signed_in(Client(), adviser).get(detail_path(request)).content.decode()

    assert mediator.email in page and "Mairie du Lorrain" in page
    assert in_language("fr", "Orally, in person") in page


def test_the_receipt_as_a_text_message_is_ready_to_send(client, mediator):
    signed_in(client, mediator)

    response = file_for_someone(client, agreement=consent(receipt_channel="sms"))

    receipt = client.get(response["Location"]).content.decode()
    request = AccompanimentRequest.objects.get()
    assert "+596696123456" in receipt  # the number in international form, for an SMS gateway
    assert f"{request.reference}" in receipt.split('id="sms-text"')[1]


def test_a_text_message_needs_a_mobile_and_an_e_mail_an_address(client, mediator):
    signed_in(client, mediator)

    landline = file_for_someone(
        client, contact={"phone": "0596 12 34 56"}, agreement=consent(receipt_channel="sms")
    )
    no_email = client.post(f"{BASE}/accord/", consent(receipt_channel="email"))

    assert landline.status_code == 200 and "mobile" in landline.content.decode()
    assert no_email.status_code == 200 and not AccompanimentRequest.objects.exists()


def test_the_receipt_by_e_mail(client, mediator, django_capture_on_commit_callbacks):
    signed_in(client, mediator)

    with django_capture_on_commit_callbacks(execute=True):
        file_for_someone(
            client, contact={"email": "rosette@example.org"}, agreement=consent(receipt_channel="email")
        )

    assert ["rosette@example.org"] in [message.to for message in mail.outbox]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"consent": ""}, "consent"),
        ({"consent_method": ""}, "consent_method"),
        ({"consent_method": "formulaire"}, "consent_method"),  # only the person can tick it themselves
        ({"consent_date": (timezone.localdate() + datetime.timedelta(days=2)).isoformat()}, "consent_date"),
        ({"mediator_organisation": ""}, "mediator_organisation"),
    ],
)
def test_the_consent_must_be_complete(client, mediator, changes, field):
    response = file_for_someone(signed_in(client, mediator), agreement=consent(**changes))

    assert response.status_code == 200 and not AccompanimentRequest.objects.exists()
    assert f'href="#id_{field}' in response.content.decode()
    assert "Rosette" in response.content.decode()  # the answers are kept


def test_a_mediator_sees_only_the_receipts_of_the_requests_they_filed(client, mediator):
    other = submit_person()
    signed_in(client, mediator)

    assert client.get(f"{MEDIATION}recu/{other.reference}/").status_code == 404
    file_for_someone(client)
    mine = AccompanimentRequest.objects.get(filed_by=mediator)
    listing = client.get(MEDIATION).content.decode()
    assert mine.reference in listing and other.reference not in listing


def test_a_double_submit_by_a_mediator_creates_one_request(client, mediator):
    file_for_someone(signed_in(client, mediator))
    client.post(f"{BASE}/accord/", consent())

    assert AccompanimentRequest.objects.count() == 1


def test_an_orientation_partner_sees_only_its_requests(client, partners, mediation_places):
    young = submit_person(
        person_status="jeune", age_band="moins-26", goals=["se-former"]
    )  # Mission locale Nord
    jobless = submit_person(person_status="demandeur-emploi", age_band="26-59", goals=["se-former"])
    senior = submit_person()  # France Services du Lorrain
    company = submit()  # CAP Nord
    adviser = member_of(partners["mission-locale-nord"])
    signed_in(client, adviser)

    listed = references(client.get(SPACE).content.decode())

    assert young.partner == partners["mission-locale-nord"] and jobless.partner == partners["france-travail"]
    assert listed == [young.reference]
    for other in (jobless, senior, company):
        assert client.get(detail_path(other)).status_code == 404
    assert client.get(detail_path(young)).status_code == 200


def test_the_ctm_orientation_service_is_not_a_supervisor(client, partners):
    submit()  # a company's request, CAP Nord
    signed_in(client, member_of(partners["ctm-orientation"]))

    assert references(client.get(SPACE).content.decode()) == []
