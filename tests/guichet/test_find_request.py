"""A lost private link: shown on the confirmation page, and sent again by reference + e-mail."""

import pytest

from django.core import mail
from django.utils.html import escape

from guichet.models import AccompanimentRequest
from tests.guichet.conftest import submit as submit_form
from tests.guichet.conftest import tracking_path
from tests.guichet.factories import submit
from tests.utils import in_language

pytestmark = pytest.mark.django_db

FIND = "/fr/guichet/suivi/"
NEUTRAL = (
    "If a request with this reference was made with the address %(email)s, the link to follow it has "
    "just been sent there. Check your spam folder too."
)


def neutral_answer(email: str) -> str:
    return escape(in_language("fr", NEUTRAL, escaped=False) % {"email": email})


@pytest.fixture
def tracked(partners):
    return submit(company_name="Ti Kaz Créole", email="Lea.Marie@example.org", language="es")


def test_the_confirmation_page_shows_the_private_link_and_how_to_get_it_again(client, site_tree, partners):
    response = submit_form(client)
    page = client.get(response["Location"]).content.decode()

    request = AccompanimentRequest.objects.get()
    assert f'value="http://127.0.0.1:8000{tracking_path(request)}"' in page
    assert f'href="{FIND}"' in page


def test_the_link_is_sent_again_in_the_requesters_language(
    client, site_tree, tracked, django_capture_on_commit_callbacks
):
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            FIND, {"reference": f" {tracked.reference.lower()} ", "email": "lea.marie@EXAMPLE.org"}
        )

    assert neutral_answer("lea.marie@EXAMPLE.org") in page.content.decode()
    [message] = mail.outbox
    assert message.to == ["Lea.Marie@example.org"]
    assert tracking_path(tracked, "es") in message.body
    assert tracked.reference in message.subject


@pytest.mark.parametrize(
    "reference, email",
    [("GU-2099-999999", "lea.marie@example.org"), (None, "someone.else@example.org")],
    ids=["unknown reference", "another address"],
)
def test_nothing_is_sent_and_nothing_revealed_when_they_do_not_match(
    client, site_tree, tracked, reference, email, django_capture_on_commit_callbacks
):
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            FIND, {"reference": reference or tracked.reference, "email": email}
        ).content.decode()

    assert neutral_answer(email) in page
    assert mail.outbox == []


def test_a_mistyped_address_is_explained_and_kept(client, site_tree):
    page = client.post(FIND, {"reference": "GU-2026-000001", "email": "lea@"}).content.decode()

    assert 'value="GU-2026-000001"' in page and 'value="lea@"' in page
    assert 'aria-invalid="true"' in page and neutral_answer("lea@") not in page


def test_guessing_references_is_slowed_down(client, site_tree, tracked, django_capture_on_commit_callbacks):
    for _ in range(10):
        client.post(FIND, {"reference": "GU-2026-000001", "email": "x@example.org"})
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            FIND, {"reference": tracked.reference, "email": "lea.marie@example.org"}
        ).content.decode()

    assert (
        in_language("fr", "Too many requests from your connection in the last hour. Please try again later.")
        in page
    )
    assert mail.outbox == []
