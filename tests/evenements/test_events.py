"""Events: listing in three languages with filters, calendar feeds, sign-ups with capacity, waiting
list, cancellation, reminders, retention, and the organisers' export."""

import datetime
import re
import threading

import pytest

from django.core import mail
from django.db import connection
from django.utils import timezone

from wagtail.models import PageViewRestriction

from evenements import services
from evenements.enums import RegistrationStatus
from evenements.models import Registration
from portail.models import Commune
from tests.evenements.factories import EventPageFactory
from tests.utils import sign_in_with_totp, staff, translate


def listed(response) -> list[str]:
    return re.findall(
        r'<h3 class="scheme-card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', response.content.decode()
    )


def sign_up(client, url, **overrides):
    data = {
        "name": "Léa Joseph",
        "email": "lea@example.org",
        "phone": "",
        "accessibility_needs": "",
        "consent": "on",
        "website": "",
        "captcha_0": "x",
        "captcha_1": "PASSED",
        **overrides,
    }
    return client.post(url, data)


@pytest.fixture
def events(event_index):
    now = timezone.now()
    webinar = EventPageFactory(
        parent=event_index,
        title="Arnaques en ligne",
        slug="arnaques",
        kind="webinaire",
        starts_at=now + datetime.timedelta(days=10),
        ends_at=now + datetime.timedelta(days=10, hours=1),
        address="",
        commune=None,
        online_url="https://visio.example.org/x",
        audiences=["seniors"],
    )
    meeting = EventPageFactory(
        parent=event_index,
        title="Rencontre acheteurs",
        slug="rencontre",
        kind="rencontre-acheteurs",
        starts_at=now + datetime.timedelta(days=3),
        ends_at=now + datetime.timedelta(days=3, hours=4),
        commune=Commune.objects.get(insee_code="97209"),
        audiences=["entreprises", "acheteurs"],
    )
    past = EventPageFactory(
        parent=event_index,
        title="Atelier passé",
        slug="passe",
        starts_at=now - datetime.timedelta(days=5),
        ends_at=now - datetime.timedelta(days=5, hours=-2),
    )
    return {"webinar": webinar, "meeting": meeting, "past": past}


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/fr/evenements/", "Filtrer les événements"),
        ("/en/events/", "Filter the events"),
        ("/es/eventos/", "Filtrar los eventos"),
    ],
)
def test_the_listing_shows_upcoming_events_soonest_first_in_three_languages(client, events, url, heading):
    response = client.get(url)
    assert response.status_code == 200
    assert heading in response.content.decode()
    assert listed(response) == ["Rencontre acheteurs", "Arnaques en ligne"]


def test_an_event_behind_a_login_is_not_listed_nor_in_the_feed(client, events):
    PageViewRestriction.objects.create(page=events["meeting"], restriction_type=PageViewRestriction.LOGIN)

    assert listed(client.get("/fr/evenements/")) == ["Arnaques en ligne"]
    assert "Rencontre acheteurs" not in client.get("/fr/evenements/calendrier/").content.decode()


def test_a_translated_event_is_shown_in_its_language_the_others_in_french(client, events):
    translate(events["webinar"], "en", title="Online scams", slug="online-scams")
    html = client.get("/en/events/").content.decode()
    assert listed(client.get("/en/events/")) == ["Rencontre acheteurs", "Online scams"]
    assert (
        'href="/en/evenements/rencontre/" lang="fr"' in html
    )  # shown in French, the visitor kept in English


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=webinaire", ["Arnaques en ligne"]),
        ("public=acheteurs", ["Rencontre acheteurs"]),
        ("commune=%(fdf)s", ["Rencontre acheteurs"]),
        ("du=%(in5)s", ["Arnaques en ligne"]),
        ("au=%(in5)s", ["Rencontre acheteurs"]),
        ("passes=on", ["Atelier passé"]),
    ],
)
def test_listing_filters(client, events, query, expected):
    values = {
        "fdf": Commune.objects.get(insee_code="97209").pk,
        "in5": (timezone.localdate() + datetime.timedelta(days=5)).isoformat(),
    }
    assert listed(client.get("/fr/evenements/?" + query % values)) == expected


def test_the_listing_runs_a_bounded_number_of_queries(client, event_index, django_assert_max_num_queries):
    for number in range(25):
        EventPageFactory(parent=event_index, title=f"Atelier {number}", slug=f"atelier-n{number}")
    client.get("/fr/evenements/")
    with django_assert_max_num_queries(20):
        response = client.get("/fr/evenements/")
    assert len(listed(response)) == 25


def test_calendar_feeds(client, events):
    feed = client.get("/fr/evenements/calendrier/")
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    body = feed.content.decode()
    assert body.count("BEGIN:VEVENT") == 2
    assert "SUMMARY:Rencontre acheteurs" in body
    one = client.get("/fr/evenements/arnaques/calendrier/").content.decode()
    assert one.count("BEGIN:VEVENT") == 1 and "LOCATION:https://visio.example.org/x" in one


@pytest.mark.parametrize(
    "url", ["/fr/evenements/premiers-pas/inscription/", "/es/eventos/premiers-pas/inscripcion/"]
)
def test_a_sign_up_is_confirmed_with_an_ics_file_and_a_cancel_link(
    client, event, url, django_capture_on_commit_callbacks
):
    if url.startswith("/es/"):
        translate(event, "es", title="Primeros pasos", slug="premiers-pas")
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, url)
    assert response.status_code == 200
    registration = Registration.objects.get()
    assert registration.event_id == event.pk  # counted on the French event
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.consent_at is not None
    message = mail.outbox[0]
    assert message.to == ["lea@example.org"]
    assert message.attachments[0][0] == "evenement.ics"
    assert "BEGIN:VEVENT" in message.attachments[0][1]
    cancel = re.search(r"http://[^/]+(/\w\w/[\w/-]+/(?:annuler|cancelar)/[\w-]+/)", message.body)[1]
    assert cancel.startswith(url[:4])  # in the language the person signed up in
    assert client.get(cancel).status_code == 200
    client.post(cancel)
    assert Registration.objects.get().status == RegistrationStatus.CANCELLED


def test_a_sign_up_needs_consent_and_a_way_to_reach_the_person_and_keeps_what_was_typed(client, event):
    response = sign_up(client, "/fr/evenements/premiers-pas/inscription/", email="", consent="")
    html = response.content.decode()
    assert "Indiquez une adresse électronique ou un numéro de téléphone." in html
    assert "Votre accord est nécessaire pour vous inscrire." in html
    assert 'value="Léa Joseph"' in html
    assert not Registration.objects.exists()
    sign_up(client, "/fr/evenements/premiers-pas/inscription/", email="", phone="0696 11 22 33")
    assert Registration.objects.get().phone == "0696 11 22 33"


def test_the_honeypot_and_the_rate_limit(client, event):
    sign_up(client, "/fr/evenements/premiers-pas/inscription/", website="x")
    assert not Registration.objects.exists()
    for number in range(12):
        sign_up(client, "/fr/evenements/premiers-pas/inscription/", email=f"p{number}@example.org")
    assert Registration.objects.count() == 9  # 10 attempts an hour, the honeypot one included


def test_capacity_then_waiting_list_promoted_on_cancellation(
    client, event, django_capture_on_commit_callbacks
):
    url = "/fr/evenements/premiers-pas/inscription/"
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("A", "B", "C", "D"):
            sign_up(client, url, name=name, email=f"{name.lower()}@example.org")
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"A": "confirmed", "B": "confirmed", "C": "waiting", "D": "waiting"}
    assert "Complet : liste d’attente" in client.get("/fr/evenements/").content.decode()
    assert "liste d’attente" in mail.outbox[2].subject
    assert not mail.outbox[2].attachments  # no calendar file while waiting
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(registration_id=Registration.objects.get(name="A").pk)
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"A": "cancelled", "B": "confirmed", "C": "confirmed", "D": "waiting"}
    assert mail.outbox[0].to == ["c@example.org"] and mail.outbox[0].attachments
    services.cancel(registration_id=Registration.objects.get(name="A").pk)  # twice: nothing more
    assert Registration.objects.filter(status="confirmed").count() == 2


def test_registration_closed_or_past(client, event, events):
    event.registration_open = False
    event.save_revision().publish()
    response = sign_up(client, "/fr/evenements/premiers-pas/inscription/")
    assert "Les inscriptions sont closes" in response.content.decode()
    response = sign_up(client, "/fr/evenements/passe/inscription/")
    assert "Les inscriptions sont closes" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_forged_cancel_link_or_one_for_another_event_is_refused(client, event, events):
    registration = services.register(
        event=event, name="A", email="a@example.org", phone="", accessibility_needs="", language="fr"
    )
    token = services.cancel_token(registration)
    assert client.post(f"/fr/evenements/arnaques/annuler/{token}/").status_code == 404
    assert client.post("/fr/evenements/premiers-pas/annuler/forged/").status_code == 404
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_reminders_the_day_before_once(event):
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    event.starts_at = tomorrow
    event.ends_at = tomorrow + datetime.timedelta(hours=2)
    event.save()
    for name, email in (("A", "a@example.org"), ("B", ""), ("C", "c@example.org")):
        services.register(
            event=event, name=name, email=email, phone="0696000000", accessibility_needs="", language="en"
        )
    services.cancel(registration_id=Registration.objects.get(name="C").pk)
    mail.outbox.clear()
    assert services.send_reminders() == 2  # A by e-mail; B has only a phone number
    assert [message.subject for message in mail.outbox] == [f"Tomorrow: {event.title}"]
    assert services.send_reminders() == 0


def test_personal_data_is_erased_a_month_after_the_event(event, settings):
    registration = services.register(
        event=event,
        name="A",
        email="a@example.org",
        phone="0696",
        accessibility_needs="fauteuil",
        language="fr",
    )
    event.starts_at = timezone.now() - datetime.timedelta(days=40)
    event.ends_at = event.starts_at + datetime.timedelta(hours=2)
    event.save()
    assert services.anonymise_past_registrations() == 1
    registration.refresh_from_db()
    assert (registration.name, registration.email, registration.phone, registration.accessibility_needs) == (
        "—",
        "",
        "",
        "",
    )
    assert registration.status == RegistrationStatus.CONFIRMED  # the count stays for statistics


# serialized_rollback: the migrations' data (locales, communes…) come back first, whatever ran before
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL (make test-postgres)"
)
def test_two_sign_ups_at_once_for_the_last_seat_give_one_seat_and_one_waiting(site_tree):
    from tests.evenements.factories import EventIndexPageFactory

    index = EventIndexPageFactory(parent=site_tree.home["fr"])
    event = EventPageFactory(parent=index, capacity=1)
    barrier = threading.Barrier(2)
    errors = []

    def attempt(number):
        try:
            barrier.wait()
            services.register(
                event=event,
                name=f"P{number}",
                email="",
                phone="0696000000",
                accessibility_needs="",
                language="fr",
            )
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(number,)) for number in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(Registration.objects.values_list("status", flat=True)) == ["confirmed", "waiting"]


def test_organisers_see_and_export_the_attendees_formula_safe(client, event):
    services.register(
        event=event,
        name='=HYPERLINK("x")',
        email="a@example.org",
        phone="",
        accessibility_needs="",
        language="fr",
    )
    sign_in_with_totp(client, staff(groups=["Editors"]))
    listing = client.get("/admin/evenements/inscriptions/")
    assert listing.status_code == 200 and "Premiers pas" in listing.content.decode()
    assert "HYPERLINK" in client.get(f"/admin/evenements/{event.pk}/inscrits/").content.decode()
    export = b"".join(client.get(f"/admin/evenements/{event.pk}/inscrits.csv").streaming_content).decode()
    assert "'=HYPERLINK" in export


def test_people_without_the_permission_cannot_see_the_attendees(client, event):
    sign_in_with_totp(client, staff(permissions=["access_admin"]))
    for url in (f"/admin/evenements/{event.pk}/inscrits/", f"/admin/evenements/{event.pk}/inscrits.csv"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), (
            url
        )  # Wagtail: "no permission"


def register(event, name, email="", phone="0696000000"):
    return services.register(
        event=event, name=name, email=email, phone=phone, accessibility_needs="", language="fr"
    )


def test_the_same_person_signing_up_twice_holds_one_seat(event):
    first = register(event, "Léa Joseph", email="lea@example.org")

    assert register(event, "Léa J.", email="LEA@example.org") == first  # e-mail, any case
    assert register(event, "Marc") == register(event, "marc")  # no e-mail: same name and phone
    register(event, "Paul", email="")  # same phone, another person (a family): a seat of their own

    assert Registration.objects.count() == 3


def test_seats_added_by_the_organiser_go_to_the_waiting_list_first(event):
    for name in ("A", "B", "C"):
        register(event, name, email=f"{name.lower()}@example.org")
    event.capacity = 3
    event.save_revision().publish()

    register(event, "D", email="d@example.org")

    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"A": "confirmed", "B": "confirmed", "C": "confirmed", "D": "waiting"}


def test_a_refused_address_does_not_deprive_the_others_of_their_reminder(event, monkeypatch):
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    event.starts_at, event.ends_at = tomorrow, tomorrow + datetime.timedelta(hours=2)
    event.save()
    for name in ("A", "B"):
        register(event, name, email=f"{name.lower()}@example.org")
    mail.outbox.clear()
    send = services.send_registration_email

    def refuse_a(*, registration, kind):
        if registration.name == "A":
            raise ConnectionRefusedError
        send(registration=registration, kind=kind)

    monkeypatch.setattr(services, "send_registration_email", refuse_a)

    assert services.send_reminders() == 1
    assert [message.to for message in mail.outbox] == [["b@example.org"]]
    assert Registration.objects.get(name="A").reminder_sent_at is None  # tried again next run
