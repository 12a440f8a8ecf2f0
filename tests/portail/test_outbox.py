"""The e-mail outbox: stored before any attempt, retried for days, visible to admins (issue 19)."""

import datetime
import logging

import pytest

from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import timezone

from portail.models import OutboundEmail
from portail.outbox import services
from tests.smtp_server import SMTPServer, dead_port
from tests.utils import signed_in, staff

pytestmark = pytest.mark.django_db

Status = OutboundEmail.Status


@pytest.fixture
def smtp(settings):
    """The outbox sends through real SMTP to `settings.EMAIL_PORT` (nothing listens there yet)."""
    settings.OUTBOX_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", dead_port()
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2
    return settings


def a_message(**fields) -> EmailMessage:
    return EmailMessage(
        **{"subject": "Votre demande", "body": "Bonjour Léa", "to": ["lea@example.org"], **fields}
    )


def test_a_message_is_stored_then_sent_with_everything_it_carries():
    message = EmailMultiAlternatives(
        "Inscription confirmée",
        "Texte",
        to=["a@example.org"],
        cc=["b@example.org"],
        reply_to=["r@example.org"],
    )
    message.attach_alternative("<p>HTML</p>", "text/html")
    message.attach("evenement.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.send()

    stored = OutboundEmail.objects.get()
    assert stored.status == Status.SENT and stored.attempts == 1 and stored.sent_at
    [sent] = mail.outbox
    assert (sent.subject, sent.to, sent.cc, sent.reply_to) == (
        "Inscription confirmée",
        ["a@example.org"],
        ["b@example.org"],
        ["r@example.org"],
    )
    assert sent.alternatives[0][0] == "<p>HTML</p>"
    assert sent.attachments[0][0] == "evenement.ics" and "BEGIN:VCALENDAR" in sent.attachments[0][1]
    assert sent.extra_headers["Message-ID"] == stored.headers["Message-ID"]


def test_with_the_mail_server_down_the_message_waits_and_is_sent_when_it_is_back(smtp):
    a_message().send()  # as the receipt job does: no error reaches it

    stored = OutboundEmail.objects.get()
    assert stored.status == Status.PENDING and stored.attempts == 1
    assert "ConnectionRefusedError" in stored.last_error

    start = timezone.now()
    for minute in range(1, 121):  # two hours of outage, the minute job running each minute
        services.deliver_due(now=start + datetime.timedelta(minutes=minute))
    stored.refresh_from_db()
    assert stored.status == Status.PENDING
    assert 6 <= stored.attempts <= 9, "growing delays: 1, 2, 5, 10, 20, 30, 60 minutes…"

    with SMTPServer(smtp.EMAIL_PORT) as server:
        services.deliver_due(now=start + datetime.timedelta(hours=4))
    stored.refresh_from_db()
    assert stored.status == Status.SENT
    [(envelope, received)] = server.received
    assert envelope["to"] == ["lea@example.org"] and received["Subject"] == "Votre demande"
    assert received["Message-ID"] == stored.headers["Message-ID"]


def test_after_three_days_of_failures_the_message_is_marked_failed_and_logged(smtp, caplog):
    a_message().send()
    stored = OutboundEmail.objects.get()
    start = timezone.now()

    with caplog.at_level(logging.ERROR, logger="portail.outbox.services"):
        for hour in range(1, 49):
            services.deliver_due(now=start + datetime.timedelta(hours=hour))
        stored.refresh_from_db()
        assert stored.status == Status.PENDING, "still retried after 48 hours"
        for hour in range(49, 80):
            services.deliver_due(now=start + datetime.timedelta(hours=hour))

    stored.refresh_from_db()
    assert stored.status == Status.FAILED
    assert any("abandoned" in record.message for record in caplog.records)
    assert any("backlog" in record.message for record in caplog.records)


def test_a_message_is_claimed_by_one_worker_only(smtp):
    a_message().send()
    stored = OutboundEmail.objects.get()
    later = timezone.now() + datetime.timedelta(minutes=1)

    with SMTPServer(smtp.EMAIL_PORT) as server:
        assert services.deliver(stored.pk, now=later) is True
        assert services.deliver(stored.pk, now=later) is False
    assert len(server.received) == 1


def test_the_first_attempt_waits_for_no_broker(smtp, monkeypatch):
    """The job queue is down: the message is stored anyway and the minute job sends it."""

    def broker_down(*args, **kwargs):
        raise ConnectionError("broker down")

    monkeypatch.setattr(services, "async_task", broker_down)
    a_message().send()
    stored = OutboundEmail.objects.get()
    assert stored.attempts == 0

    with SMTPServer(smtp.EMAIL_PORT) as server:
        assert services.deliver_due(now=timezone.now()) == 1
    assert len(server.received) == 1


def test_sent_messages_are_purged_after_the_keeping_period(settings):
    a_message().send()
    later = timezone.now() + datetime.timedelta(days=settings.OUTBOX_KEEP_DAYS + 1)

    assert services.purge(now=timezone.now()) == 0
    assert services.purge(now=later) == 1
    assert not OutboundEmail.objects.exists()


def test_an_admin_sees_the_backlog_and_sends_a_failed_message_again(client, smtp):
    a_message().send()
    OutboundEmail.objects.update(status=Status.FAILED)
    admin = staff(permissions=["access_admin", "view_outboundemail", "change_outboundemail"])
    signed_in(client, admin)

    page = client.get("/admin/courriels/?status=failed").content.decode()
    assert "Votre demande" in page and "lea@example.org" in page

    email = OutboundEmail.objects.get()
    with SMTPServer(smtp.EMAIL_PORT) as server:
        client.post(f"/admin/courriels/{email.pk}/renvoyer/")
    email.refresh_from_db()
    assert email.status == Status.SENT and len(server.received) == 1


def test_only_people_allowed_see_the_outbox(client):
    """Editors are not: messages carry personal data (Wagtail answers a refusal by its home page)."""
    a_message().send()
    email = OutboundEmail.objects.get()
    OutboundEmail.objects.update(status=Status.FAILED)
    signed_in(client, staff(groups=["Editors"]))

    response = client.get("/admin/courriels/?status=failed", follow=True)
    assert (
        response.redirect_chain == [("/admin/", 302)] and "lea@example.org" not in response.content.decode()
    )
    client.post(f"/admin/courriels/{email.pk}/renvoyer/")
    email.refresh_from_db()
    assert email.status == Status.FAILED
