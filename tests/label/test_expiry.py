"""Labels expire after their validity; reminders go out 60, 30 and 7 days before, each once."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django_q.models import Schedule

from django.core import mail

from label import services, tasks
from label.enums import LabelState
from label.selectors import valid_providers
from tests.label.factories import all_criteria_met, complete_application, labelled

pytestmark = pytest.mark.django_db

MARTINIQUE = ZoneInfo("America/Martinique")
APPROVED_ON = datetime.date(2027, 3, 1)
EXPIRES_ON = datetime.date(2029, 2, 28)  # 730 days later


def frozen(date: datetime.date):
    """timezone.now() at 9:00 in Martinique on `date` (when the daily job runs)."""
    moment = datetime.datetime.combine(date, datetime.time(9), tzinfo=MARTINIQUE)
    return mock.patch("django.utils.timezone.now", return_value=moment)


@pytest.fixture
def label(reviewer):
    return labelled(reviewer, today=APPROVED_ON)


@pytest.fixture
def run_job_on(django_capture_on_commit_callbacks):
    def run(date) -> list[str]:
        """Run the daily job as django-q2 does, time frozen on `date`; the e-mails it sent."""
        mail.outbox.clear()
        with frozen(date), django_capture_on_commit_callbacks(execute=True):
            tasks.expiry_reminders_task()
        return [message.subject for message in mail.outbox]

    return run


def test_a_label_is_valid_until_its_last_day_then_expired(label):
    assert label.valid_until == EXPIRES_ON
    assert label.state(today=EXPIRES_ON) == LabelState.VALID
    assert label.state(today=EXPIRES_ON + datetime.timedelta(days=1)) == LabelState.EXPIRED
    assert list(valid_providers(today=EXPIRES_ON)) == [label.provider]
    assert list(valid_providers(today=EXPIRES_ON + datetime.timedelta(days=1))) == []


def test_reminders_60_30_and_7_days_before_each_once(label, run_job_on):
    sent = {}
    day = EXPIRES_ON - datetime.timedelta(days=70)
    while day <= EXPIRES_ON + datetime.timedelta(days=3):
        for _run in range(2):  # the job running twice a day sends nothing more
            if subjects := run_job_on(day):
                sent.setdefault((EXPIRES_ON - day).days, []).extend(subjects)
        day += datetime.timedelta(days=1)

    assert sorted(sent, reverse=True) == [60, 30, 7]
    assert all(len(subjects) == 1 for subjects in sent.values())
    label.refresh_from_db()
    assert label.reminders_sent == [60, 30, 7]
    assert label.events.filter(action="reminder").count() == 3


def test_a_job_that_did_not_run_for_weeks_sends_only_the_most_urgent_reminder(label, run_job_on):
    assert len(run_job_on(EXPIRES_ON - datetime.timedelta(days=5))) == 1
    label.refresh_from_db()
    assert label.reminders_sent == [60, 30, 7]
    assert run_job_on(EXPIRES_ON - datetime.timedelta(days=2)) == []


def test_the_reminder_says_when_in_the_providers_language(reviewer, run_job_on):
    label = labelled(reviewer, today=APPROVED_ON, language="en")
    run_job_on(EXPIRES_ON - datetime.timedelta(days=30))
    message = mail.outbox[0]
    assert message.to == [label.provider.user.email]
    assert label.provider.label_code in message.body and "expires on" in message.body


def test_no_reminder_for_a_revoked_or_renewed_label(label, reviewer, run_job_on):
    services.transition(label, "revoke", user=reviewer, message="Fermeture.")
    assert run_job_on(EXPIRES_ON - datetime.timedelta(days=7)) == []

    other = labelled(reviewer, today=APPROVED_ON)
    renewal = complete_application(other.provider)
    services.transition(renewal, "submit", user=other.provider.user)
    services.transition(renewal, "start_review", user=reviewer)
    all_criteria_met(renewal, reviewer)
    services.transition(renewal, "approve", user=reviewer, today=EXPIRES_ON - datetime.timedelta(days=20))
    assert run_job_on(EXPIRES_ON - datetime.timedelta(days=7)) == []  # the old label is superseded


def test_the_daily_job_is_scheduled_by_migration():
    job = Schedule.objects.get(name="label-expiry-reminders")
    assert (job.func, job.schedule_type, job.repeats) == (
        "label.tasks.expiry_reminders_task",
        Schedule.DAILY,
        -1,
    )
