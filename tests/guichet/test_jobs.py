"""The daily jobs (reminders and escalation, anonymisation) and e-mails that fail to go out."""

import datetime
from smtplib import SMTPException
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from guichet import services, tasks, workdays
from guichet.enums import EventKind, Status
from guichet.models import AccompanimentRequest, ActionPlanItem
from guichet.routing import explain
from guichet.selectors import open_data_rows, statistics
from tests.guichet.conftest import submit as submit_form
from tests.guichet.conftest import tracking_path
from tests.guichet.factories import submit
from tests.utils import in_language, signed_in

pytestmark = pytest.mark.django_db

MARTINIQUE = ZoneInfo("America/Martinique")
MONDAY = datetime.datetime(2028, 3, 6, 9, 0, tzinfo=MARTINIQUE)  # no holiday in March 2028


def day(month, number, year=2028):
    return datetime.date(year, month, number)


@pytest.fixture
def waiting(partners):
    """A request sent to CAP Nord Martinique on Monday 6 March 2028, not taken in charge."""
    request = submit(company_name="Ti Kaz Créole")
    AccompanimentRequest.objects.filter(pk=request.pk).update(routed_at=MONDAY)
    request.refresh_from_db()
    return request


@pytest.fixture
def run_reminders(django_capture_on_commit_callbacks):
    """The daily job on a given day, with the e-mails it queues sent; returns what it did."""

    def run(today):
        with django_capture_on_commit_callbacks(execute=True):
            return services.send_reminders(today=today)

    return run


# Reminders and escalation


def test_nothing_is_sent_before_3_working_days(waiting, run_reminders):
    assert run_reminders(day(3, 8)) == {"reminder": 0, "reminder_ctm": 0, "escalate": 0}
    assert mail.outbox == []


def test_after_3_working_days_the_partner_gets_a_reminder(waiting, partners, run_reminders):
    done = run_reminders(day(3, 9))  # Thursday

    waiting.refresh_from_db()
    assert done == {"reminder": 1, "reminder_ctm": 0, "escalate": 0}
    assert len(mail.outbox) == 1
    reminder = mail.outbox[0]
    assert reminder.to == [partners["cap-nord"].contact_email] and reminder.cc == []
    assert reminder.subject == in_language(
        "fr", "Reminder: request %(reference)s is waiting to be taken in charge", escaped=False
    ) % {"reference": waiting.reference}  # partners read French
    assert f"/espace-partenaire/demandes/{waiting.reference}/" in reminder.body
    assert waiting.reminders_sent == 1
    assert waiting.events.get(kind=EventKind.REMINDER).internal  # not shown to the company


def test_after_7_working_days_the_second_reminder_copies_the_ctm(waiting, partners, run_reminders):
    run_reminders(day(3, 9))

    done = run_reminders(day(3, 15))  # Wednesday of the next week

    assert done == {"reminder": 0, "reminder_ctm": 1, "escalate": 0}
    second = mail.outbox[-1]
    assert second.to == [partners["cap-nord"].contact_email]
    assert second.cc == [partners["ctm"].contact_email]
    assert second.subject != mail.outbox[0].subject
    waiting.refresh_from_db()
    assert waiting.reminders_sent == 2 and waiting.partner == partners["cap-nord"]


def test_after_10_working_days_the_ctm_takes_the_request_over(
    client, site_tree, waiting, partners, run_reminders
):
    run_reminders(day(3, 9))
    run_reminders(day(3, 15))

    done = run_reminders(day(3, 20))  # Monday, two weeks later

    waiting.refresh_from_db()
    assert done == {"reminder": 0, "reminder_ctm": 0, "escalate": 1}
    assert waiting.partner == partners["ctm"] and waiting.status == Status.ROUTED
    escalated = waiting.events.get(kind=EventKind.ESCALATED)
    assert not escalated.internal and escalated.partner == partners["ctm"]
    assert mail.outbox[-1].to == [partners["ctm"].contact_email]
    assert waiting.reference in mail.outbox[-1].subject
    with translation.override("en"):
        assert explain(waiting.routing_reasons).startswith(
            "CAP Nord Martinique – développement économique did not take it in charge within 10 working "
            "days, so the CTM took it over"
        )
    page = client.get(tracking_path(waiting)).content.decode()
    assert in_language("fr", "Escalated to the CTM") in page
    assert "Collectivité Territoriale de Martinique – guichet unique" in page


def test_running_the_job_every_day_sends_each_step_once(waiting, partners, run_reminders):
    totals = {"reminder": 0, "reminder_ctm": 0, "escalate": 0}
    for offset in range(40):  # every day, weekends included, for 40 days
        for name, count in run_reminders(day(3, 6) + datetime.timedelta(days=offset)).items():
            totals[name] += count
        run_reminders(day(3, 6) + datetime.timedelta(days=offset))  # and twice on the same day

    assert totals == {"reminder": 1, "reminder_ctm": 1, "escalate": 1}
    assert [message.to for message in mail.outbox] == [
        [partners["cap-nord"].contact_email],
        [partners["cap-nord"].contact_email],
        [partners["ctm"].contact_email],
    ]
    assert waiting.events.filter(kind__in=[EventKind.REMINDER, EventKind.ESCALATED]).count() == 3


def test_a_job_that_did_not_run_for_days_escalates_without_sending_old_reminders(
    waiting, partners, run_reminders
):
    done = run_reminders(day(3, 24))

    assert done == {"reminder": 0, "reminder_ctm": 0, "escalate": 1}
    assert len(mail.outbox) == 1
    assert AccompanimentRequest.objects.get().partner == partners["ctm"]


def test_public_holidays_do_not_count_as_waiting_days(partners, run_reminders):
    request = submit()
    thursday_before_easter = datetime.datetime(2027, 3, 25, 9, 0, tzinfo=MARTINIQUE)
    AccompanimentRequest.objects.filter(pk=request.pk).update(routed_at=thursday_before_easter)

    assert run_reminders(day(3, 31, 2027))["reminder"] == 0  # Good Friday and Easter Monday off
    assert run_reminders(day(4, 1, 2027))["reminder"] == 1


@pytest.mark.parametrize("status", [Status.IN_PROGRESS, Status.WAITING, Status.CLOSED, Status.WITHDRAWN])
def test_requests_taken_in_charge_or_finished_get_no_reminder(waiting, run_reminders, status):
    AccompanimentRequest.objects.filter(pk=waiting.pk).update(status=status)

    for today in [day(3, 9), day(3, 15), day(3, 20)]:
        assert sum(run_reminders(today).values()) == 0

    assert mail.outbox == [] and AccompanimentRequest.objects.get().partner.slug == "cap-nord"


def test_a_request_taken_in_charge_after_a_reminder_gets_no_more(waiting, adviser, run_reminders):
    run_reminders(day(3, 9))
    services.transition(waiting, "take", user=adviser)

    assert sum(run_reminders(day(3, 20)).values()) == 0
    assert len(mail.outbox) == 1


def test_a_request_already_with_the_ctm_gets_a_last_reminder_after_10_working_days(partners, run_reminders):
    request = submit()
    AccompanimentRequest.objects.filter(pk=request.pk).update(routed_at=MONDAY, partner=partners["ctm"])
    run_reminders(day(3, 9))
    run_reminders(day(3, 15))

    done = run_reminders(day(3, 20))

    request.refresh_from_db()
    assert done["escalate"] == 1 and request.partner == partners["ctm"]
    assert len(mail.outbox) == 3
    assert mail.outbox[-1].to == [partners["ctm"].contact_email]


def test_a_declined_request_starts_its_reminders_again_with_the_next_partner(
    waiting, adviser, partners, run_reminders
):
    run_reminders(day(3, 15))
    services.transition(waiting, "decline", user=adviser, message="Hors de notre périmètre.")
    mail.outbox.clear()

    done = run_reminders(workdays.add_working_days(timezone.localdate(), 3))

    assert done == {"reminder": 1, "reminder_ctm": 0, "escalate": 0}
    assert [message.to for message in mail.outbox] == [[partners["ctm"].contact_email]]


# Anonymisation


@pytest.fixture
def closed_long_ago(partners, adviser):
    """A request closed GUICHET_RETENTION_DAYS + 1 days before `NOW`, with notes, a plan and a rating."""
    request = submit(
        company_name="Ti Kaz Créole",
        email="lea@example.org",
        phone="0696 12 34 56",
        description="Nos confitures.",
        mediator_organisation="Cyber-base",
    )
    services.add_note(request, user=adviser, text="Rappeler Léa le soir.")
    services.send_action_plan(
        request, user=adviser, items=[{"kind": "autre", "title": "Cyber-base", "url": "", "note": "Pour Léa"}]
    )
    request = services.transition(request, "close", user=adviser, outcome="accompanied", message="Merci Léa")
    services.record_satisfaction(request, rating=5, solved=True)
    AccompanimentRequest.objects.filter(pk=request.pk).update(
        closed_at=NOW - datetime.timedelta(days=settings.GUICHET_RETENTION_DAYS + 1)
    )
    return request


NOW = datetime.datetime(2028, 6, 1, 3, 0, tzinfo=MARTINIQUE)


def test_requests_closed_long_ago_keep_their_statistics_only(closed_long_ago, partners):
    before = statistics(AccompanimentRequest.objects.all())

    assert services.anonymise_closed_requests(now=NOW) == 1

    request = AccompanimentRequest.objects.get()
    assert request.anonymised_at == NOW
    assert (request.siret, request.description, request.contact_name, request.phone) == ("", "", "", "")
    assert request.mediator_organisation == ""
    assert "Ti Kaz" not in request.company_name and request.email != "lea@example.org"
    assert set(request.events.values_list("message", flat=True)) == {""}
    assert list(ActionPlanItem.objects.values_list("note", flat=True)) == [""]
    # what the statistics need is kept
    assert (request.sector, request.headcount, request.commune.insee_code) == ("commerce", 3, "97214")
    assert (request.needs, request.status, request.outcome) == (["site-web"], Status.CLOSED, "accompanied")
    assert (request.partner, request.satisfaction_rating, request.satisfaction_solved) == (
        partners["cap-nord"],
        5,
        True,
    )
    assert statistics(AccompanimentRequest.objects.all()) == before
    assert open_data_rows(AccompanimentRequest.objects.all())[0]["demandes"] == "<5"
    assert services.anonymise_closed_requests(now=NOW) == 0  # once


def test_no_personal_data_is_left_in_an_anonymised_request(closed_long_ago):
    services.anonymise_closed_requests(now=NOW)

    request = AccompanimentRequest.objects.get()
    values = [str(value) for value in request.__dict__.values()]
    values += [str(value) for event in request.events.values() for value in event.values()]
    values += [str(value) for item in request.action_plan.values() for value in item.values()]
    # Whole values: a time stamp or a random key may hold "0696" by chance (it failed once so).
    for personal in ["Léa", "lea@example.org", "0696 12 34 56", "Ti Kaz", "73282932000074", "confitures"]:
        assert not any(personal in value for value in values), personal


def test_recent_and_open_requests_are_not_anonymised(closed_long_ago, partners, adviser):
    recent = submit(company_name="Récent")
    services.transition(recent, "close", user=adviser, outcome="accompanied")
    AccompanimentRequest.objects.filter(pk=recent.pk).update(
        closed_at=NOW - datetime.timedelta(days=settings.GUICHET_RETENTION_DAYS - 1)
    )
    still_open = submit(company_name="Toujours ouvert")
    AccompanimentRequest.objects.filter(pk=still_open.pk).update(
        routed_at=NOW - datetime.timedelta(days=1000)
    )
    withdrawn = submit(company_name="Retiré")
    services.transition(withdrawn, "withdraw")
    AccompanimentRequest.objects.filter(pk=withdrawn.pk).update(closed_at=NOW - datetime.timedelta(days=800))

    assert services.anonymise_closed_requests(now=NOW) == 2

    kept = AccompanimentRequest.objects.filter(anonymised_at__isnull=True)
    assert sorted(kept.values_list("company_name", flat=True)) == ["Récent", "Toujours ouvert"]
    assert AccompanimentRequest.objects.get(pk=withdrawn.pk).anonymised_at == NOW


def test_anonymised_requests_leave_the_partner_space(client, closed_long_ago, adviser):
    services.anonymise_closed_requests(now=NOW)
    signed_in(client, adviser)

    assert closed_long_ago.reference not in client.get("/espace-partenaire/").content.decode()
    assert (
        client.get(f"/espace-partenaire/demandes/{closed_long_ago.reference}/", follow=True).status_code
        == 404
    )


def test_anonymised_requests_are_not_reminded(closed_long_ago, run_reminders):
    AccompanimentRequest.objects.update(status=Status.ROUTED, routed_at=MONDAY, anonymised_at=NOW)

    assert sum(run_reminders(day(3, 20)).values()) == 0


# E-mails that fail


def test_the_request_is_stored_even_when_e_mails_cannot_be_sent(
    client, site_tree, partners, django_capture_on_commit_callbacks
):
    response = None
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=SMTPException("mail server down")):
        try:
            with django_capture_on_commit_callbacks(execute=True):
                response = submit_form(client)
        except SMTPException:
            pass  # in sync mode django-q runs the job in place and lets its error through

    request = AccompanimentRequest.objects.get()
    assert response is not None and response.status_code == 302
    assert response["Location"] == f"{tracking_path(request)}?envoyee=1"
    assert request.status == Status.ROUTED and request.partner == partners["cap-nord"]
    assert mail.outbox == []
    assert Client().get(tracking_path(request)).status_code == 200


def test_the_e_mail_jobs_are_retried(settings):
    assert (
        settings.Q_CLUSTER["max_attempts"] > 1 and settings.Q_CLUSTER["retry"] > settings.Q_CLUSTER["timeout"]
    )


def test_no_e_mail_is_sent_for_a_request_deleted_before_the_job_ran(partners):
    request = submit()
    request_id = request.pk
    services.delete_request(request)

    tasks.send_receipt_task(request_id)
    tasks.notify_partner_task(request_id, "new")
    tasks.notify_company_task(request_id, "take")

    assert mail.outbox == []
