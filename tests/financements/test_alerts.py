import datetime
import re

import pytest
from django_q.models import Schedule

from django.core import mail
from django.utils import timezone

from financements.models import FundingAlert, FundingAlertDelivery
from financements.services import funding_alerts_send
from tests.financements.factories import FundingSchemePageFactory
from tests.utils import in_language

pytestmark = pytest.mark.django_db

PROFILE = {"beneficiaire": "tpe", "secteur": "commerce", "commune": "97214", "projet": "", "effectif": ""}


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    def post(email="madi@example.org", language="fr", **overrides):
        data = {
            **PROFILE,
            "email": email,
            "consent": "on",
            "captcha_0": "x",
            "captcha_1": "PASSED",
            **overrides,
        }
        url = "/fr/financements/alertes/" if language == "fr" else "/en/funding/alerts/"
        with django_capture_on_commit_callbacks(execute=True):  # the e-mail is sent once the request commits
            return client.post(url, data)

    return post


def link(message, kind):
    return re.search(rf"https?://\S+/alertes/{kind}/\S+/", message.body)[0].replace(
        "http://127.0.0.1:8000", ""
    )


def confirm(client):
    client.get(link(mail.outbox[-1], "confirmer"))


def new_scheme(guide, title, **fields):
    scheme = FundingSchemePageFactory(
        parent=guide, title=title, slug=title.lower().replace(" ", "-"), **fields
    )
    scheme.save_revision().publish()
    return scheme


def test_subscribing_sends_a_confirmation_link_and_nothing_else_until_confirmed(client, schemes, subscribe):
    response = subscribe()

    assert "Vérifiez votre messagerie" in response.content.decode()
    assert len(mail.outbox) == 1
    assert "/fr/financements/alertes/confirmer/" in mail.outbox[0].body
    assert mail.outbox[0].subject == "Confirmez votre alerte financements"

    new_scheme(schemes["digital"].get_parent(), "Chèque numérique")
    assert funding_alerts_send() == 0  # not confirmed: nothing is sent
    assert len(mail.outbox) == 1


def test_the_links_sent_by_e_mail_are_never_kept_by_a_cache(client, schemes, subscribe):
    subscribe()
    for page in ("confirmer", "desinscrire"):
        response = client.get(link(mail.outbox[-1], page))
        assert "X-Page-Cache" not in response and "no-store" in response["Cache-Control"]


def test_confirmed_alerts_get_new_matching_schemes_once(client, schemes, guide, subscribe):
    subscribe()
    confirm(client)
    assert FundingAlert.objects.get().confirmed_at is not None

    new_scheme(guide, "Chèque numérique")
    new_scheme(guide, "Aide aux associations", beneficiaries=["association"])

    assert funding_alerts_send() == 1
    digest = mail.outbox[-1]
    assert "Chèque numérique" in digest.body and "Aide aux associations" not in digest.body
    assert "Mofwazaj Dijital" not in digest.body  # published before the subscription: not news
    assert "/fr/financements/alertes/desinscrire/" in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    assert funding_alerts_send() == 0  # the next run sends nothing twice
    assert len(mail.outbox) == 2


def test_a_scheme_closing_soon_is_announced_even_if_known(client, schemes, guide, subscribe):
    subscribe()
    confirm(client)
    today = timezone.localdate()
    digital = schemes["digital"]
    digital.closes_on = today + datetime.timedelta(days=10)
    digital.permanent = False
    digital.save_revision().publish()

    funding_alerts_send()

    assert "Mofwazaj Dijital — clôture le" in mail.outbox[-1].body
    assert FundingAlertDelivery.objects.filter(reason="closing-soon").count() == 1


def test_alerts_are_written_in_the_subscribers_language(client, schemes, guide, subscribe):
    subscribe(language="en")
    assert mail.outbox[0].subject == "Confirm your funding alert"
    assert "/en/funding/alerts/confirm/" in mail.outbox[0].body


def test_unsubscribing_deletes_the_alert(client, schemes, subscribe):
    subscribe()
    confirm(client)
    page = link(mail.outbox[0], "desinscrire")

    assert "Arrêter les alertes" in client.get(page).content.decode()
    assert FundingAlert.objects.exists()  # a GET (e.g. a mail scanner) unsubscribes no one
    response = client.post(page)

    assert "Votre adresse et votre alerte ont été supprimées" in response.content.decode()
    assert not FundingAlert.objects.exists()


def test_one_click_unsubscribe_from_the_mail_client(client, schemes, subscribe):
    subscribe()
    token = FundingAlert.objects.get().token
    header_url = (
        mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>").replace("http://127.0.0.1:8000", "")
    )

    response = client.post(header_url, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 204
    assert not FundingAlert.objects.filter(token=token).exists()


def test_subscribing_twice_creates_one_alert_and_no_extra_mail_once_confirmed(client, schemes, subscribe):
    subscribe()
    subscribe(email="MADI@example.org")
    assert FundingAlert.objects.count() == 1
    confirm(client)
    sent = len(mail.outbox)
    subscribe()
    assert len(mail.outbox) == sent


def test_a_mistake_keeps_what_was_typed_and_sends_nothing(client, schemes, subscribe):
    response = subscribe(captcha_1="WRONG", consent="")

    html = response.content.decode()
    assert 'value="madi@example.org"' in html
    assert in_language("fr", "There is a problem", escaped=False) in html
    assert 'href="#id_consent"' in html and 'aria-invalid="true"' in html
    assert not FundingAlert.objects.exists() and not mail.outbox


def test_alerts_are_sent_by_a_daily_schedule():
    schedule = Schedule.objects.get(name="funding-alerts")
    assert schedule.func == "financements.tasks.funding_alerts_task"
    assert schedule.schedule_type == Schedule.DAILY
