import re

import pytest
from django_q.models import Schedule

from django.core import mail

from achats.alerts import call_alerts_send
from achats.models import CallAlert, CallAlertDelivery
from tests.achats.factories import CallFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    def post(email="madi@example.org", categories=("cybersecurite",), url="/fr/achats/alertes/", **overrides):
        data = {"email": email, "categories": list(categories), "consent": "on", "captcha_0": "x"}
        data |= {"captcha_1": "PASSED", **overrides}
        with django_capture_on_commit_callbacks(execute=True):  # the e-mail is sent once the request commits
            return client.post(url, data)

    return post


def link(message, kind):
    return re.search(rf"https?://\S+/{kind}/\S+/", message.body)[0].replace("http://127.0.0.1:8000", "")


def test_double_opt_in_then_each_call_is_announced_once(client, subscribe):
    CallFactory(title="Audit des écoles", categories=["cybersecurite", "conseil"])
    CallFactory(title="Vidéos", categories=["creatif"])
    response = subscribe()
    assert response.status_code == 200 and CallAlert.objects.get().confirmed_at is None
    assert len(mail.outbox) == 1 and "/fr/achats/alertes/confirmer/" in mail.outbox[0].body
    assert call_alerts_send() == 0  # not confirmed yet: nothing is sent

    client.get(link(mail.outbox[0], "confirmer"))
    assert call_alerts_send() == 1
    digest = mail.outbox[-1]
    assert "Audit des écoles" in digest.body and "Vidéos" not in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    assert call_alerts_send() == 0  # a second run (or a retry) sends nothing again
    assert CallAlertDelivery.objects.count() == 1
    CallFactory(title="Pentest", categories=["cybersecurite"])
    assert call_alerts_send() == 1 and "Pentest" in mail.outbox[-1].body
    assert "Audit des écoles" not in mail.outbox[-1].body


def test_a_failed_e_mail_claims_nothing_so_the_next_run_sends_it(monkeypatch):
    from achats import alerts

    CallFactory(categories=["conseil"])
    CallAlert.objects.create(
        email="a@example.org",
        language="fr",
        categories=["conseil"],
        token="t",
        confirmed_at="2026-01-01T00:00Z",
    )

    def broken(**kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr(alerts, "send_alert_email", broken)
    with pytest.raises(ConnectionError):
        call_alerts_send()
    assert not CallAlertDelivery.objects.exists()
    monkeypatch.undo()
    assert call_alerts_send() == 1


def test_unpublished_and_closed_calls_are_not_announced():
    import datetime

    from django.utils import timezone

    CallFactory(published=False, categories=["conseil"])
    CallFactory(deadline=timezone.localdate() - datetime.timedelta(days=1), categories=["conseil"])
    CallAlert.objects.create(
        email="a@example.org",
        language="fr",
        categories=["conseil"],
        token="t",
        confirmed_at="2026-01-01T00:00Z",
    )
    assert call_alerts_send() == 0


def test_the_form_explains_its_errors_and_keeps_what_was_typed(subscribe):
    response = subscribe(email="pas-une-adresse", categories=(), consent="")
    page = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in page and 'href="#id_categories_0"' in page
    assert "Cochez au moins une catégorie." in page or "Tick at least one category." in page
    assert 'value="pas-une-adresse"' in page
    assert not CallAlert.objects.exists() and not mail.outbox


def test_subscribing_again_updates_the_categories_and_english_links_stay_english(client, subscribe):
    subscribe(url="/en/purchasing/alerts/")
    subscribe(url="/en/purchasing/alerts/", categories=("conseil", "formation"))
    alert = CallAlert.objects.get()
    assert alert.categories == ["conseil", "formation"] and alert.language == "en"
    assert "/en/purchasing/alerts/confirm/" in mail.outbox[-1].body


def test_unsubscribing_deletes_the_alert_and_its_log(client, subscribe):
    subscribe()
    client.get(link(mail.outbox[0], "confirmer"))
    alert = CallAlert.objects.get()
    assert client.post(f"/fr/achats/alertes/desinscrire/{alert.token}/").status_code == 200
    assert not CallAlert.objects.exists()
    assert client.post(f"/fr/achats/alertes/desinscrire/{alert.token}/").status_code == 200  # twice: harmless


def test_one_click_unsubscribe_and_forged_tokens(client):
    alert = CallAlert.objects.create(
        email="a@example.org", language="fr", categories=["conseil"], token="secret"
    )
    assert "no longer valid" in client.get("/en/purchasing/alerts/confirm/forged/").content.decode()
    assert client.post("/fr/achats/alertes/desinscrire/secret/un-clic/").status_code == 204
    assert not CallAlert.objects.filter(pk=alert.pk).exists()


def test_the_daily_send_is_scheduled():
    assert Schedule.objects.get(name="call-alerts").func == "achats.tasks.call_alerts_task"
