import pytest

from django.core import mail

from guichet.enums import Status
from guichet.models import AccompanimentRequest
from tests.guichet.conftest import COMPANY, submit

pytestmark = pytest.mark.django_db


def test_a_tpe_owner_sends_a_request_and_is_told_who_and_why(
    client, site_tree, partners, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)

    request = AccompanimentRequest.objects.get()
    assert response.status_code == 302 and response["Location"].endswith("?envoyee=1")
    assert request.reference.startswith("GU-") and request.partner == partners["cap-nord"]
    assert request.status == Status.ROUTED and request.siret == "73282932000074"
    page = client.get(response["Location"]).content.decode()
    assert request.reference in page and "CAP Nord Martinique" in page
    assert [message.to for message in mail.outbox] == [
        ["lea@example.org"],
        [partners["cap-nord"].contact_email],
    ]
    assert request.tracking_token in mail.outbox[0].body


def test_a_double_submit_creates_one_request(client, site_tree, partners):
    submit(client)
    client.post("/fr/guichet/demande/verifier/", {"consent": "on", "captcha_0": "x", "captcha_1": "PASSED"})
    assert AccompanimentRequest.objects.count() == 1


def test_mistakes_are_explained_and_what_was_typed_is_kept(client, site_tree, partners):
    response = client.post(
        "/fr/guichet/demande/entreprise/", {**COMPANY, "siret": "12345678901234", "commune": "lorain"}
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Ti Kaz Créole" in page and "12345678901234" in page
    assert "Le Lorrain" in page  # "did you mean"
    reloaded = client.get("/fr/guichet/demande/entreprise/").content.decode()
    assert "Ti Kaz Créole" in reloaded  # a reload keeps it too
    assert client.get("/fr/guichet/demande/contact/")["Location"] == "/fr/guichet/demande/entreprise/"
