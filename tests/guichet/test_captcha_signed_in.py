"""Public forms ask visitors for a captcha; signed-in people, mediators among them, are not asked."""

import pytest
from captcha.conf import settings as captcha_settings

from evenements.models import Registration
from guichet.models import AccompanimentRequest
from tests.guichet.conftest import COMPANY, CONTACT, NEEDS, member_of, submit_person_form
from tests.portail.factories import UserFactory

pytestmark = pytest.mark.django_db

WORKSHOP = "/fr/evenements/premiers-pas/inscription/"
CHECK_WITHOUT_CAPTCHA = {"consent": "on", "website": ""}


@pytest.fixture(autouse=True)
def real_captcha(monkeypatch):
    """The captcha as visitors meet it: the tests' "PASSED" is refused, and no answer neither."""
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", False)


def test_a_visitor_is_asked_for_the_captcha_and_cannot_skip_it(client, event):
    form = client.get(WORKSHOP).content.decode()
    client.post(WORKSHOP, {"name": "Léa Joseph", "email": "lea@example.org", "consent": "on"})

    assert 'name="captcha_1"' in form
    assert not Registration.objects.exists()


def test_a_signed_in_person_signs_up_to_a_workshop_without_a_captcha(client, event):
    client.force_login(UserFactory())

    form = client.get(WORKSHOP).content.decode()
    client.post(WORKSHOP, {"name": "Léa Joseph", "email": "lea@example.org", "consent": "on"})

    assert 'name="captcha_1"' not in form
    assert Registration.objects.filter(email="lea@example.org").exists()


def test_a_mediator_files_for_a_company_without_a_captcha(client, site_tree, partners):
    client.force_login(member_of(partners["ctm"]))
    base = "/fr/guichet/demande"
    client.post(f"{base}/entreprise/", COMPANY)
    client.post(f"{base}/besoins/", NEEDS)
    client.post(f"{base}/contact/", {**CONTACT, "mediator_organisation": "Cyber-base du Lorrain"})

    form = client.get(f"{base}/verifier/").content.decode()
    response = client.post(f"{base}/verifier/", CHECK_WITHOUT_CAPTCHA)

    assert 'name="captcha_1"' not in form
    assert response.status_code == 302
    assert AccompanimentRequest.objects.count() == 1


def test_a_signed_in_person_files_their_own_request_without_a_captcha(client, site_tree, partners):
    client.force_login(UserFactory())

    response = submit_person_form(client, check=CHECK_WITHOUT_CAPTCHA)

    assert response.status_code == 302
    assert AccompanimentRequest.objects.count() == 1
