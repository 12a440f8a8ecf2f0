"""The request form, one topic per screen: each step checks and explains, keeps what was typed,
and the request is stored once, with a receipt in the requester's language."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import formats, translation
from django.utils.html import escape

from guichet import services
from guichet.models import AccompanimentRequest
from guichet.routing import explain
from tests.guichet.conftest import CHECK, COMPANY, CONTACT, NEEDS, member_of, submit
from tests.guichet.factories import SubmissionFactory
from tests.utils import in_language

pytestmark = pytest.mark.django_db

STEP = "/fr/guichet/demande/{}/"
SIRET_ERROR = "A SIRET number has 14 digits and passes a check; please check the number you typed."


def post_step(client, step, data, language="fr"):
    return client.post(f"/{language}/guichet/demande/{step}/", data)


def fill_until_check(client, language="fr", **contact):
    post_step(client, "entreprise", COMPANY, language)
    post_step(client, "besoins", NEEDS, language)
    return post_step(client, "contact", {**CONTACT, "language": language, **contact}, language)


# Step 1: the company


@pytest.mark.parametrize(
    "siret",
    ["73282932000075", "7328293200007", "7328293200007A", "35600000010013"],
    ids=["wrong check digit", "13 digits", "a letter", "La Poste office failing its own rule"],
)
def test_a_wrong_siret_is_refused_with_an_explanation(client, site_tree, siret):
    response = post_step(client, "entreprise", {**COMPANY, "siret": siret})

    page = response.content.decode()
    assert response.status_code == 200
    assert in_language("fr", SIRET_ERROR) in page
    assert f'value="{siret}"' in page  # what was typed is kept


@pytest.mark.parametrize(
    "siret",
    ["732 829 320 00074", "35600000000048", "35600000010000"],
    ids=["with spaces", "La Poste head office (Luhn)", "La Poste office (digits sum to a multiple of 5)"],
)
def test_a_valid_siret_leads_to_the_next_step(client, site_tree, siret):
    response = post_step(client, "entreprise", {**COMPANY, "siret": siret})

    assert response.status_code == 302 and response["Location"] == STEP.format("besoins")


def test_the_siret_is_required_unless_the_company_is_being_created(client, site_tree):
    response = post_step(client, "entreprise", {**COMPANY, "siret": ""})

    assert response.status_code == 200
    assert (
        in_language("fr", "Enter your SIRET number, or tick “my company is being created”.")
        in response.content.decode()
    )
    response = post_step(client, "entreprise", {**COMPANY, "siret": "", "being_created": "on"})
    assert response["Location"] == STEP.format("besoins")


def test_a_commune_with_a_typo_gets_a_did_you_mean(client, site_tree):
    response = post_step(client, "entreprise", {**COMPANY, "commune": "Sainte-Lucie"})

    page = response.content.decode()
    assert response.status_code == 200
    assert in_language("fr", "Did you mean %(name)s?") % {"name": "Sainte-Luce"} in page
    assert 'value="Sainte-Lucie"' in page


def test_a_commune_outside_martinique_is_refused(client, site_tree):
    response = post_step(client, "entreprise", {**COMPANY, "commune": "Paris"})

    assert response.status_code == 200
    assert (
        escape(in_language("fr", "“%(text)s” is not a commune of Martinique.") % {"text": "Paris"})
        in response.content.decode()
    )


# Step 2: the needs


def test_at_least_one_need_is_required(client, site_tree):
    post_step(client, "entreprise", COMPANY)

    response = post_step(client, "besoins", {"description": "Je ne sais pas encore."})

    page = response.content.decode()
    assert response.status_code == 200
    assert in_language("fr", "Tick at least one need.") in page
    assert "Je ne sais pas encore." in page


# Step 3: the contact


def test_a_phone_number_is_required_to_be_called(client, site_tree):
    post_step(client, "entreprise", COMPANY)
    post_step(client, "besoins", NEEDS)

    response = post_step(client, "contact", {**CONTACT, "preferred_channel": "telephone", "phone": ""})

    page = response.content.decode()
    assert response.status_code == 200
    assert in_language("fr", "Give a phone number to be called, or choose e-mail.") in page
    assert 'value="Léa Marie"' in page
    response = post_step(
        client, "contact", {**CONTACT, "preferred_channel": "telephone", "phone": "0696 12 34 56"}
    )
    assert response["Location"] == STEP.format("verifier")


def test_what_was_typed_is_kept_after_an_error_and_on_reload(client, site_tree):
    post_step(client, "entreprise", COMPANY)
    post_step(client, "besoins", NEEDS)
    post_step(client, "contact", {**CONTACT, "email": "lea@", "contact_name": "Léa Marie-Rose"})

    reloaded = client.get(STEP.format("contact"))

    page = reloaded.content.decode()
    assert reloaded.status_code == 200
    assert 'value="Léa Marie-Rose"' in page and 'value="lea@"' in page


# Moving between steps


def test_going_back_shows_the_stored_answers(client, site_tree):
    fill_until_check(client)

    company = client.get(STEP.format("entreprise")).content.decode()
    needs = client.get(STEP.format("besoins")).content.decode()

    assert 'value="Ti Kaz Créole"' in company and 'value="Le Lorrain"' in company
    assert 'value="732 829 320 00074"' in company
    assert 'value="commerce"' in company and "checked" in company
    assert 'value="site-web" id="id_needs_0" checked' in needs
    assert 'value="reseaux-sociaux"' in needs and "Vendre nos confitures en ligne." in needs


def test_jumping_ahead_leads_to_the_first_incomplete_step(client, site_tree):
    assert client.get(STEP.format("verifier"))["Location"] == STEP.format("entreprise")

    post_step(client, "entreprise", COMPANY)

    assert client.get(STEP.format("verifier"))["Location"] == STEP.format("besoins")
    assert client.get(STEP.format("besoins")).status_code == 200


def test_breaking_an_earlier_answer_sends_back_to_it(client, site_tree):
    fill_until_check(client)
    assert client.get(STEP.format("verifier")).status_code == 200

    post_step(client, "entreprise", {**COMPANY, "commune": "Atlantis"})

    assert client.get(STEP.format("verifier"))["Location"] == STEP.format("entreprise")


def test_an_unknown_step_is_not_found(client, site_tree):
    assert client.get(STEP.format("paiement")).status_code == 404


# Step 4: check and send


def test_the_check_step_shows_every_answer_with_links_to_change_them(client, site_tree):
    fill_until_check(client, phone="0696 12 34 56")

    page = BeautifulSoup(client.get(STEP.format("verifier")).content, "html.parser")

    lists = page.select("dl.summary-list")
    values = [value.get_text(strip=True) for value in page.select(".summary-list__value")]
    for answer in ["Ti Kaz Créole", "73282932000074", "Le Lorrain", "3", "lea@example.org", "0696 12 34 56"]:
        assert answer in values, answer
    for label in ["Retail", "A website", "Social media", "By e-mail"]:
        assert in_language("fr", label, escaped=False) in page.get_text(), label
    assert len(lists) == 3
    for summary, step in zip(lists, ["entreprise", "besoins", "contact"], strict=True):
        links = summary.select(".summary-list__actions a")
        assert links and {link["href"] for link in links} == {STEP.format(step)}
    first_row = lists[0].select_one(".summary-list__row")
    key = first_row.select_one(".summary-list__key").get_text(strip=True)
    assert first_row.select_one("a .visually-hidden").get_text(strip=True).endswith(key)


def test_a_filled_honeypot_is_refused_and_nothing_is_stored(client, site_tree):
    fill_until_check(client)

    response = post_step(client, "verifier", {**CHECK, "website": "http://cheap-pills.example"})

    assert response.status_code == 200
    assert in_language("fr", "Leave this field empty.") in response.content.decode()
    assert not AccompanimentRequest.objects.exists()


def test_the_request_is_not_sent_without_consent(client, site_tree):
    fill_until_check(client)

    response = post_step(client, "verifier", {**CHECK, "consent": ""})

    assert response.status_code == 200
    assert in_language("fr", "Your agreement is needed to send the request.") in response.content.decode()
    assert not AccompanimentRequest.objects.exists()
    assert client.get(STEP.format("verifier")).status_code == 200  # the answers are still there


def test_a_sixth_request_within_an_hour_from_the_same_connection_is_refused(site_tree, settings):
    settings.GUICHET_SUBMISSIONS_PER_HOUR = 5
    for _ in range(5):
        response = submit(Client(REMOTE_ADDR="192.0.2.10"))
        assert response.status_code == 302

    response = submit(Client(REMOTE_ADDR="192.0.2.10"))

    assert response.status_code == 200
    assert (
        in_language("fr", "Too many requests from your connection in the last hour. Please try again later.")
        in response.content.decode()
    )
    assert AccompanimentRequest.objects.count() == 5
    assert submit(Client(REMOTE_ADDR="192.0.2.11")).status_code == 302  # another connection
    assert AccompanimentRequest.objects.count() == 6


def test_sending_the_form_twice_stores_one_request(client, site_tree):
    first = submit(client)
    again = post_step(client, "verifier", CHECK)

    assert first.status_code == 302 and again.status_code == 302
    assert again["Location"] == STEP.format("entreprise")  # a new, empty request
    assert AccompanimentRequest.objects.count() == 1


def test_the_same_submission_key_twice_gives_back_the_first_request(
    partners, django_capture_on_commit_callbacks
):
    submission = SubmissionFactory()

    with django_capture_on_commit_callbacks(execute=True):
        first, created = services.submit_request(submission, submission_key="k1", consent_text="oui")
        second, created_again = services.submit_request(submission, submission_key="k1", consent_text="oui")

    assert (created, created_again) == (True, False) and second == first
    assert AccompanimentRequest.objects.count() == 1
    assert len(mail.outbox) == 2  # one receipt, one e-mail to the partner


def test_a_concurrent_submission_with_the_same_key_gives_back_the_stored_request(
    partners, django_capture_on_commit_callbacks
):
    """The second submission passed the "already stored?" check before the first was stored."""
    submission = SubmissionFactory()
    first, _created = services.submit_request(submission, submission_key="k1", consent_text="oui")
    manager = AccompanimentRequest.objects
    real_filter = manager.filter

    def filter_missing_the_first(*args, **kwargs):
        found = real_filter(*args, **kwargs)
        return found.none() if "submission_key" in kwargs else found

    with (
        mock.patch.object(manager, "filter", side_effect=filter_missing_the_first),
        django_capture_on_commit_callbacks(execute=True),
    ):
        second, created = services.submit_request(submission, submission_key="k1", consent_text="oui")

    assert (second, created) == (first, False)
    assert AccompanimentRequest.objects.count() == 1
    assert mail.outbox == []  # nothing sent for the rejected copy


# After sending


def test_the_confirmation_page_says_who_why_and_by_when_in_english(client, site_tree, partners):
    response = submit(client, language="en")

    request = AccompanimentRequest.objects.get()
    assert response["Location"].startswith("/en/guichet/suivi/")
    page = client.get(response["Location"]).content.decode()
    with translation.override("en"):
        by_when = formats.date_format(request.contact_by, "DATE_FORMAT")
    assert "Your request has been sent." in page and "lea@example.org" in page
    assert "Who will contact you" in page and escape(partners["cap-nord"].name) in page
    assert "Why this partner" in page
    assert escape("Le Lorrain is in Communauté d'Agglomération du Pays Nord Martinique.") in page
    assert f"By {by_when} at the latest (3 working days)." in page


def test_the_confirmation_page_says_who_why_and_by_when_in_spanish(client, site_tree, partners):
    response = submit(client, language="es")

    request = AccompanimentRequest.objects.get()
    assert response["Location"].startswith("/es/guichet/suivi/")
    page = client.get(response["Location"]).content.decode()
    with translation.override("es"):
        by_when = formats.date_format(request.contact_by, "DATE_FORMAT")
        explanation = explain(request.routing_reasons)
    assert escape(partners["cap-nord"].name) in page and escape(explanation) in page and by_when in page
    for label in ["Your request has been sent.", "Who will contact you", "Why this partner", "By when"]:
        assert in_language("es", label) in page, label
        assert label not in page, f"“{label}” is shown in English on the Spanish page"


def test_the_form_speaks_french_on_the_french_site(client, site_tree):
    page = client.get(STEP.format("entreprise")).content.decode()

    assert "Your company" not in page and "Company name" not in page


def test_the_receipt_is_written_in_the_language_the_requester_chose(
    client, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, language="fr", contact={"language": "en", "email": "sam@example.org"})

    request = AccompanimentRequest.objects.get()
    receipt = mail.outbox[0]
    assert request.language == "en" and receipt.to == ["sam@example.org"]
    assert receipt.subject == f"{request.reference} – we have received your request"
    assert f"{settings.SITE_URL}/en/guichet/suivi/{request.tracking_token}/" in receipt.body
    assert "Hello Léa Marie," in receipt.body and request.partner.name in receipt.body


def test_a_spanish_speaker_gets_the_receipt_in_spanish(client, site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, language="es")

    request = AccompanimentRequest.objects.get()
    receipt = mail.outbox[0]
    english = "%(reference)s – we have received your request"
    with translation.override("es"):
        spanish = translation.gettext(english)
    assert request.language == "es" and "/es/guichet/suivi/" in receipt.body
    assert spanish != english, "the receipt's subject has no Spanish translation"
    assert receipt.subject == spanish % {"reference": request.reference}


# Mediators


def test_a_mediator_filing_for_a_company_is_recorded(client, site_tree, partners):
    mediator = member_of(partners["ctm"])
    client.force_login(mediator)

    post_step(client, "entreprise", COMPANY)
    post_step(client, "besoins", NEEDS)
    form = client.get(STEP.format("contact")).content.decode()
    assert in_language("fr", "You are filing for a company: your organisation") in form
    post_step(client, "contact", {**CONTACT, "mediator_organisation": "Cyber-base du Lorrain"})
    response = post_step(client, "verifier", CHECK)

    request = AccompanimentRequest.objects.get()
    assert response.status_code == 302
    assert request.filed_by == mediator and request.mediator_organisation == "Cyber-base du Lorrain"


def test_a_company_filing_for_itself_is_not_asked_for_an_organisation(client, site_tree):
    post_step(client, "entreprise", COMPANY)
    post_step(client, "besoins", NEEDS)

    form = client.get(STEP.format("contact")).content.decode()

    assert in_language("fr", "You are filing for a company: your organisation") not in form
    assert 'name="mediator_organisation"' not in form
    post_step(client, "contact", {**CONTACT, "mediator_organisation": "Sneaky"})
    post_step(client, "verifier", CHECK)
    request = AccompanimentRequest.objects.get()
    assert request.filed_by is None and request.mediator_organisation == ""
