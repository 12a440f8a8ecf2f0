"""Follow-up after closure: what the adviser planned, the check-ins at +3 and +6 months (sent once by
the daily job, never after withdrawal, deletion or anonymisation), the signed link, the answers."""

import datetime
import re
import time
from unittest import mock

import pytest

from django.core import mail
from django.utils import timezone

from guichet import follow_up, services, tasks
from guichet.enums import EventKind, Status
from guichet.models import AccompanimentRequest, CheckIn, PlannedItem
from guichet.selectors import export_request, open_data_follow_up_rows, statistics
from tests.guichet.conftest import act, detail_path, follow
from tests.guichet.factories import AccompanimentRequestFactory, submit
from tests.utils import in_language

pytestmark = pytest.mark.django_db

ANSWERS = {"applied": "yes", "obtained": "no", "delivered": "na", "rating": "4", "comment": "Dossier déposé."}


@pytest.fixture
def planned_request(lorrain_request, adviser):
    """Ti Kaz Créole with one recommendation in its action plan."""
    services.send_action_plan(
        lorrain_request, user=adviser, items=[{"kind": "financement", "title": "Chèque numérique", "url": ""}]
    )
    return lorrain_request


@pytest.fixture
def closed(planned_request, adviser):
    """Closed as accompanied, the aid of the action plan planned: two check-ins scheduled."""
    item = planned_request.action_plan.get()
    return follow_up.close(planned_request, user=adviser, outcome="accompanied", plan_items=[item])


@pytest.fixture
def run_job(django_capture_on_commit_callbacks):
    def run(today):
        with django_capture_on_commit_callbacks(execute=True):
            return follow_up.send_check_ins(today=today)

    return run


def link_in(message) -> str:
    return re.search(r"https?://\S+/guichet/nouvelles/(\S+)/", message.body).group(1)


def sent(closed, run_job, months=3):
    check_in = closed.check_ins.get(months=months)
    run_job(check_in.due_on)
    return follow_up.token(CheckIn.objects.get(pk=check_in.pk))


# At closure


def test_the_closing_form_offers_the_action_plan_ticked(signed_adviser, planned_request):
    page = signed_adviser.get(detail_path(planned_request)).content.decode()

    item = planned_request.action_plan.get()
    assert re.search(rf'<input type="checkbox" name="plan_items" value="{item.pk}"[^>]* checked', page)
    assert 'name="other_kinds" value="formation"' in page


def test_the_closing_form_records_what_was_planned(signed_adviser, planned_request):
    item = planned_request.action_plan.get()

    act(
        signed_adviser,
        planned_request,
        "close",
        outcome="accompanied",
        plan_items=[item.pk],
        other_kinds=["formation"],
    )

    planned_request.refresh_from_db()
    assert planned_request.status == Status.CLOSED
    planned = list(
        PlannedItem.objects.filter(request=planned_request).values_list("kind", "title", "plan_item")
    )
    assert planned == [("financement", "Chèque numérique", item.pk), ("formation", "", None)]
    closed_on = timezone.localdate(planned_request.closed_at)
    assert [(c.months, c.due_on) for c in planned_request.check_ins.all()] == [
        (3, follow_up.add_months(closed_on, 3)),
        (6, follow_up.add_months(closed_on, 6)),
    ]


def test_nothing_planned_with_an_outcome_that_excludes_it(signed_adviser, planned_request):
    response = act(signed_adviser, planned_request, "close", outcome="unreachable", other_kinds=["formation"])

    assert in_language(
        "fr", "Nothing can have been planned with this outcome: untick the planned steps or change it."
    ) in follow(signed_adviser, response)
    planned_request.refresh_from_db()
    assert planned_request.status == Status.ROUTED and not planned_request.planned.exists()


def test_another_requests_plan_item_is_refused(signed_adviser, planned_request, adviser):
    other = submit(company_name="Autre entreprise")
    services.send_action_plan(other, user=adviser, items=[{"kind": "autre", "title": "Autre", "url": ""}])

    response = act(
        signed_adviser,
        planned_request,
        "close",
        outcome="accompanied",
        plan_items=[other.action_plan.get().pk],
    )

    assert in_language("fr", "Choose steps of this request's action plan.") in follow(
        signed_adviser, response
    )
    planned_request.refresh_from_db()
    assert planned_request.status == Status.ROUTED and not PlannedItem.objects.exists()


def test_nothing_planned_no_check_in(signed_adviser, planned_request):
    act(signed_adviser, planned_request, "close", outcome="not_needed")

    planned_request.refresh_from_db()
    assert planned_request.status == Status.CLOSED and not planned_request.check_ins.exists()


def test_months_are_added_to_the_calendar_day():
    assert follow_up.add_months(datetime.date(2028, 8, 31), 3) == datetime.date(2028, 11, 30)
    assert follow_up.add_months(datetime.date(2028, 11, 15), 3) == datetime.date(2029, 2, 15)
    assert follow_up.add_months(datetime.date(2028, 9, 30), 6) == datetime.date(2029, 3, 30)


def test_a_reopened_request_forgets_its_unsent_check_ins(closed, adviser, run_job):
    run_job(closed.check_ins.get(months=3).due_on)  # the 3-month one goes out

    services.transition(closed, "reopen", user=adviser)
    assert list(closed.check_ins.values_list("months", flat=True)) == [3]
    follow_up.close(closed, user=adviser, outcome="accompanied", other_kinds=["prestataire"])
    assert list(closed.check_ins.values_list("months", flat=True)) == [3, 6]  # the 3-month one: not again


# The daily job


def test_check_ins_go_out_at_3_then_6_months_once_each(closed, run_job):
    three, six = closed.check_ins.get(months=3), closed.check_ins.get(months=6)

    assert run_job(three.due_on - datetime.timedelta(days=1)) == 0
    assert run_job(three.due_on) == 1
    assert run_job(three.due_on) == 0 and run_job(six.due_on - datetime.timedelta(days=1)) == 0
    assert run_job(six.due_on) == 1
    assert run_job(six.due_on + datetime.timedelta(days=30)) == 0

    assert [message.to for message in mail.outbox if "nouvelles" in message.body] == [["lea@example.org"]] * 2
    assert closed.events.filter(kind=EventKind.CHECK_IN_SENT).count() == 2
    assert CheckIn.objects.filter(sent_at__isnull=False).count() == 2


def test_the_check_in_e_mail_is_in_the_request_language_with_a_signed_link(closed, run_job):
    closed.language = "es"
    closed.save()
    three = closed.check_ins.get(months=3)

    run_job(three.due_on)

    message = mail.outbox[-1]
    assert message.subject == in_language(
        "es", "%(reference)s – how is your project going?", escaped=False
    ) % {"reference": closed.reference}
    assert "/es/" in message.body and message.reply_to == [closed.partner.contact_email]
    assert follow_up.check_in_from_token(link_in(message)) == (three, "")


def test_the_scheduled_task_sends_what_is_due_today(closed):
    CheckIn.objects.filter(months=3).update(due_on=timezone.localdate())

    assert tasks.send_check_ins_task() == 1
    assert tasks.send_check_ins_task() == 0


def test_a_check_in_claimed_by_another_worker_is_not_sent_again(closed, run_job):
    """Two workers pick the same check-in: the second one's conditional UPDATE claims nothing."""
    three = closed.check_ins.get(months=3)
    original = follow_up.notifications.send_check_in

    def while_sending(check_in, url):
        original(check_in, url)
        assert follow_up.send_check_ins(today=three.due_on) == 0  # the other worker, at the same moment

    with mock.patch.object(follow_up.notifications, "send_check_in", side_effect=while_sending):
        assert run_job(three.due_on) == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("what", ["no e-mail", "withdrawn", "deleted", "anonymised"])
def test_no_check_in_without_e_mail_or_after_withdrawal_deletion_anonymisation(closed, run_job, what):
    due = closed.check_ins.get(months=3).due_on
    if what == "no e-mail":
        closed.email = ""
        closed.save()
    elif what == "withdrawn":  # reopened, then withdrawn by the company
        services.transition(closed, "reopen", user=closed.partner.members.get())
        services.transition(closed, "withdraw")
    elif what == "deleted":
        services.delete_request(closed)
    else:
        services.anonymise_closed_requests(now=timezone.now() + datetime.timedelta(days=800))

    assert run_job(due + datetime.timedelta(days=200)) == 0
    assert not [message for message in mail.outbox if "nouvelles" in message.body]


# The answer page


def test_the_company_answers_and_the_partner_sees_it(client, closed, run_job, signed_adviser):
    token = sent(closed, run_job)

    page = client.get(f"/fr/guichet/nouvelles/{token}/")
    assert page.status_code == 200 and 'name="applied"' in page.content.decode()
    response = client.post(f"/fr/guichet/nouvelles/{token}/", ANSWERS)

    assert (
        in_language("fr", "Thank you: your answers have been sent to the adviser.")
        in response.content.decode()
    )
    three = closed.check_ins.get(months=3)
    assert (three.applied, three.obtained, three.delivered, three.rating) == (True, False, None, 4)
    assert three.comment == "Dossier déposé." and three.answered_at is not None
    detail = signed_adviser.get(detail_path(closed)).content.decode()
    assert "Dossier déposé." in detail
    assert in_language("fr", "%(rating)s out of 5") % {"rating": 4} in detail
    assert closed.events.filter(kind=EventKind.CHECK_IN_ANSWERED, internal=False).count() == 1


def test_answering_twice_corrects_and_says_so(client, closed, run_job):
    token = sent(closed, run_job)
    client.post(f"/fr/guichet/nouvelles/{token}/", ANSWERS)

    again = client.get(f"/fr/guichet/nouvelles/{token}/").content.decode()
    assert (
        in_language("fr", "You have already answered, thank you. You may correct your answers below.")
        in again
    )
    assert re.search(r'value="yes"[^>]*checked', again)  # the first answers, ready to correct
    corrected = client.post(f"/fr/guichet/nouvelles/{token}/", {**ANSWERS, "obtained": "yes"})

    assert in_language("fr", "Thank you: your answers have been corrected.") in corrected.content.decode()
    assert closed.check_ins.get(months=3).obtained is True
    assert closed.events.filter(kind=EventKind.CHECK_IN_ANSWERED).count() == 1


def test_an_incomplete_answer_is_explained_and_kept(client, closed, run_job):
    token = sent(closed, run_job)

    response = client.post(f"/fr/guichet/nouvelles/{token}/", {"applied": "yes", "comment": "À suivre"})

    page = response.content.decode()
    assert response.status_code == 200
    assert in_language("fr", "There is a problem", escaped=False) in page
    assert 'href="#id_obtained_0"' in page and "À suivre" in page
    assert closed.check_ins.get(months=3).answered_at is None


def test_a_forged_link_is_not_found_and_says_why(client, closed, run_job):
    token = sent(closed, run_job)

    response = client.get(f"/fr/guichet/nouvelles/{token[:-2]}xx/")

    assert response.status_code == 404
    assert in_language("fr", "This link is not valid", escaped=False) in response.content.decode()


def test_the_tracking_token_does_not_open_a_check_in(client, closed, run_job):
    sent(closed, run_job)

    assert client.get(f"/fr/guichet/nouvelles/{closed.tracking_token}/").status_code == 404


def test_an_expired_link_is_gone_and_says_why(client, closed, run_job):
    sent(closed, run_job)
    long_ago = time.time() - (follow_up.CHECK_IN_LINK_DAYS + 1) * 86400
    with mock.patch("time.time", return_value=long_ago):  # a link e-mailed 61 days ago
        old = follow_up.token(closed.check_ins.get(months=3))

    response = client.get(f"/fr/guichet/nouvelles/{old}/")
    assert response.status_code == 410
    assert in_language("fr", "This link has expired") in response.content.decode()
    assert client.post(f"/fr/guichet/nouvelles/{old}/", ANSWERS).status_code == 410
    assert closed.check_ins.get(months=3).answered_at is None


def test_the_link_expires_with_the_anonymised_request(client, closed, run_job):
    token = sent(closed, run_job)
    services.anonymise_closed_requests(now=timezone.now() + datetime.timedelta(days=800))

    assert client.get(f"/fr/guichet/nouvelles/{token}/").status_code == 410


def test_a_check_in_not_sent_yet_has_no_working_link(client, closed):
    token = follow_up.token(closed.check_ins.get(months=6))

    assert client.get(f"/fr/guichet/nouvelles/{token}/").status_code == 410


# Personal data and statistics


def test_export_anonymisation_and_deletion_cover_the_follow_up(client, closed, run_job):
    token = sent(closed, run_job)
    client.post(f"/fr/guichet/nouvelles/{token}/", ANSWERS)

    exported = export_request(closed)
    assert exported["planned"] == [{"kind": "financement", "title": "Chèque numérique"}]
    assert [(item["months"], item["comment"]) for item in exported["check_ins"]] == [
        (3, "Dossier déposé."),
        (6, ""),
    ]

    services.anonymise_closed_requests(now=timezone.now() + datetime.timedelta(days=800))
    assert list(CheckIn.objects.values_list("months", "comment", "applied")) == [(3, "", True)]

    services.delete_request(closed)
    assert not CheckIn.objects.exists() and not PlannedItem.objects.exists()


def test_answers_feed_the_statistics_and_the_open_data(client, closed, run_job, partners):
    token = sent(closed, run_job)
    client.post(f"/fr/guichet/nouvelles/{token}/", ANSWERS)

    figures = statistics(AccompanimentRequest.objects.all())
    assert figures["follow_up"] == {
        "sent": 1,
        "answered": 1,
        "applied": 1,
        "obtained": 0,
        "delivered": 0,
        "average_rating": 4.0,
    }
    assert figures["total"] == 1  # the existing figures are still there
    year = timezone.localdate().year
    assert open_data_follow_up_rows(AccompanimentRequest.objects.all()) == [
        {"annee": year, "mois_apres_cloture": 3, "reponses": "<5", "demarche_faite": "<5", "obtenu": "<5"}
        | {"realise": "<5"}
    ]
    body = client.get("/api/guichet/statistiques.json").json()
    assert {"results", "suivi"} <= set(body) and body["suivi"][0]["reponses"] == "<5"
    assert "Dossier" not in str(body)


def test_five_answers_are_counted_in_the_open_data(partners):
    for _ in range(5):
        request = AccompanimentRequestFactory(status=Status.CLOSED, closed_at=timezone.now())
        check_in = CheckIn.objects.create(
            request=request, months=3, due_on=timezone.localdate(), sent_at=timezone.now()
        )
        follow_up.record_answer(check_in, applied=True, obtained=True, delivered=False, rating=5)

    rows = open_data_follow_up_rows(AccompanimentRequest.objects.all())

    assert len(rows) == 1
    assert (rows[0]["reponses"], rows[0]["demarche_faite"], rows[0]["obtenu"]) == (5, 5, 5)
    assert rows[0]["realise"] == "<5"
