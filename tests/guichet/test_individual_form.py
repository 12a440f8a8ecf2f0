"""The request for individuals: no SIRET, a phone number alone is enough, mistakes explained with what
was typed kept, one request for a double submit, a programme's "Ask for advice" prefilled; the same
privacy as companies (stated on the form, export, deletion)."""

import json
import re

import pytest

from django.core import mail

from wagtail.models import Locale

from guichet.enums import RequestKind
from guichet.models import AccompanimentRequest
from guichet.phones import parse_phone
from tests.catalogue.factories import CatalogueIndexPageFactory, TrainingPageFactory
from tests.guichet.conftest import (
    CHECK,
    PERSON,
    PERSON_BASE,
    PERSON_CONTACT,
    PROJECT,
    submit_person_form,
    tracking_path,
)
from tests.utils import in_language

PHONE_HELP = (
    "Enter a French phone number of 10 digits, for example 0696 12 34 56 or 0596 12 34 56 "
    "(or +596 696 12 34 56)."
)

pytestmark = pytest.mark.django_db


def test_the_guichet_start_page_leads_individuals_to_their_request(client, site_tree):
    page = client.get("/fr/guichet/").content.decode()

    assert in_language("fr", "I'm a person, not a company", escaped=False) in page
    assert 'href="/fr/guichet/particulier/"' in page
    assert 'href="/fr/guichet/demande/entreprise/"' in page  # the companies' request is still there


def test_the_start_page_states_the_privacy_rules(client, site_tree):
    page = client.get(f"{PERSON_BASE}/").content.decode()

    assert "SIRET" in page  # "no SIRET needed"
    no_siret = "No company or SIRET number needed. A phone number is enough: no e-mail address is required."
    assert in_language("fr", no_siret, escaped=False) in page
    assert "anonymis" in page  # kept two years after closing, then anonymised


def test_a_retired_person_asks_for_help_by_phone_only(
    client, site_tree, mediation_places, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit_person_form(client)

    request = AccompanimentRequest.objects.get()
    assert response.status_code == 302 and response["Location"].startswith(tracking_path(request))
    assert request.kind == RequestKind.PERSON and not request.siret and not request.company_name
    assert (request.email, request.phone, request.preferred_channel) == ("", "0696 12 34 56", "telephone")
    assert request.partner == mediation_places["fs-lorrain"]
    assert request.consent_method == "formulaire" and request.consent_at is not None
    assert [message.to for message in mail.outbox] == [["fs-lorrain@example.org"]]  # no receipt e-mail
    page = client.get(response["Location"]).content.decode()
    assert request.reference in page and "France Services du Lorrain" in page
    assert "0596 59 63 00" in page  # a number to call, as the place has none (the CTM's)
    write_down = (
        "Write down its reference, %(reference)s, or print this page: no e-mail is sent, and this page's "
        "private link is the only way to come back here."
    )
    assert in_language("fr", write_down, escaped=False) % {"reference": request.reference} in page


def test_an_e_mail_address_brings_the_receipt_by_e_mail(
    client, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit_person_form(client, contact={"email": "rosette@example.org"})

    assert ["rosette@example.org"] in [message.to for message in mail.outbox]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0696123456", "0696 12 34 56"),
        ("06 96 12 34 56", "0696 12 34 56"),
        ("+596 696 12 34 56", "0696 12 34 56"),
        ("00596696123456", "0696 12 34 56"),
        ("0596.12.34.56", "0596 12 34 56"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("+33 (0)1 23 45 67 89", "01 23 45 67 89"),
    ],
)
def test_french_and_martinique_numbers_are_understood(typed, stored):
    assert parse_phone(typed).display == stored


@pytest.mark.parametrize(
    "typed", ["12345", "0696 12 34 5", "+1 305 555 0100", "06961234567", "0096 12 34 56", "tel"]
)
def test_a_wrong_phone_number_is_explained_and_kept(client, site_tree, typed):
    client.post(f"{PERSON_BASE}/vous/", PERSON)
    client.post(f"{PERSON_BASE}/projet/", PROJECT)

    response = client.post(f"{PERSON_BASE}/contact/", {**PERSON_CONTACT, "phone": typed})

    page = response.content.decode()
    assert response.status_code == 200
    assert in_language("fr", PHONE_HELP) in page
    assert f'value="{typed}"' in page and 'value="Rosette"' in page
    assert 'href="#id_phone"' in page  # the error summary links to the field


def test_mobile_numbers_are_told_from_landlines():
    assert parse_phone("0696 12 34 56").is_mobile and parse_phone("07 12 34 56 78").is_mobile
    assert not parse_phone("0596 12 34 56").is_mobile
    assert parse_phone("0696 12 34 56").international == "+596696123456"


def test_a_phone_or_an_e_mail_is_needed_and_either_is_enough(client, site_tree):
    client.post(f"{PERSON_BASE}/vous/", PERSON)
    client.post(f"{PERSON_BASE}/projet/", PROJECT)

    neither = client.post(f"{PERSON_BASE}/contact/", {**PERSON_CONTACT, "phone": ""})
    email_only = client.post(
        f"{PERSON_BASE}/contact/",
        {**PERSON_CONTACT, "phone": "", "email": "a@example.org", "preferred_channel": "email"},
    )

    one_of_two = "Give a phone number (or an e-mail address): one of the two is enough."
    assert in_language("fr", one_of_two) in neither.content.decode()
    assert email_only.status_code == 302 and email_only["Location"].endswith("/verifier/")


def test_a_young_person_must_be_under_26(client, site_tree):
    response = client.post(f"{PERSON_BASE}/vous/", {**PERSON, "person_status": "jeune", "age_band": "26-59"})

    page = response.content.decode()
    assert response.status_code == 200 and 'href="#id_age_band_0"' in page
    assert re.search(r'value="jeune"[^>]*checked', page)  # kept


def test_mistakes_keep_what_was_typed_on_reload(client, site_tree):
    client.post(f"{PERSON_BASE}/vous/", {**PERSON, "commune": "Lorain"})  # a typo: "did you mean"

    page = client.get(f"{PERSON_BASE}/vous/").content.decode()

    assert 'value="Lorain"' in page and "Le Lorrain" in page
    assert client.get(f"{PERSON_BASE}/contact/")["Location"] == f"{PERSON_BASE}/vous/"  # no jumping ahead


def test_at_least_one_wish_is_needed(client, site_tree):
    client.post(f"{PERSON_BASE}/vous/", PERSON)

    response = client.post(f"{PERSON_BASE}/projet/", {"goals": [], "description": "Je ne sais pas."})

    assert in_language("fr", "Tick at least one wish.") in response.content.decode()
    assert "Je ne sais pas." in response.content.decode()


def test_a_double_submit_creates_one_request(client, site_tree):
    submit_person_form(client)
    again = client.post(f"{PERSON_BASE}/verifier/", CHECK)

    assert AccompanimentRequest.objects.count() == 1
    assert again["Location"] == f"{PERSON_BASE}/vous/"


def test_the_request_is_not_sent_without_consent(client, site_tree):
    response = submit_person_form(client, check={**CHECK, "consent": ""})

    assert response.status_code == 200 and not AccompanimentRequest.objects.exists()
    assert "Rosette" in response.content.decode()  # the answers, still there to check


@pytest.fixture
def programme(site_tree):
    catalogue = CatalogueIndexPageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    return TrainingPageFactory(parent=catalogue, title="Développeur web et web mobile", slug="dev-web")


def test_a_programme_prefills_the_request(client, site_tree, programme):
    page = client.get(f"{PERSON_BASE}/?formation={programme.pk}").content.decode()
    assert programme.title in page

    client.post(f"{PERSON_BASE}/vous/", PERSON)
    wish = client.get(f"{PERSON_BASE}/projet/").content.decode()
    assert re.search(r'value="se-former"[^>]*checked', wish)
    assert "Développeur web et web mobile" in wish  # named in the description, and above the form
    client.post(f"{PERSON_BASE}/projet/", {"goals": ["se-former"], "description": "Cette formation."})
    client.post(f"{PERSON_BASE}/contact/", PERSON_CONTACT)
    client.post(f"{PERSON_BASE}/verifier/", CHECK)

    assert AccompanimentRequest.objects.get().training_id == programme.pk


@pytest.mark.parametrize("value", ["abc", "999999", ""])
def test_an_unknown_programme_is_ignored(client, site_tree, value):
    response = client.get(f"{PERSON_BASE}/?formation={value}")

    assert response.status_code == 200 and "guichet_person_draft" not in client.session


def test_the_person_downloads_and_deletes_the_request(client, site_tree):
    submit_person_form(client)
    request = AccompanimentRequest.objects.get()
    path = tracking_path(request)

    data = json.loads(client.get(f"{path}donnees.json").content)
    assert (
        data["kind"] == "particulier"
        and data["phone"] == "0696 12 34 56"
        and data["goals"] == ["bases-numeriques"]
    )
    assert data["consent_method"] == "formulaire"

    client.post(f"{path}supprimer/", {"confirm": "1"})
    assert not AccompanimentRequest.objects.exists()
