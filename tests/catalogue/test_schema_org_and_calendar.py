import datetime
import re

import pytest

from django.http import Http404
from django.test import RequestFactory

from catalogue.enums import CertificationType
from portail.models import Commune
from tests.catalogue.conftest import days_from_today
from tests.catalogue.factories import TrainingPageFactory, TrainingProviderFactory, TrainingSessionFactory
from tests.utils import schema_org_data

pytestmark = pytest.mark.django_db


def course_data(client, path) -> dict:
    return schema_org_data(client.get(path))


# schema.org


def test_a_programme_page_describes_the_course_for_search_engines(client, programmes):
    data = course_data(client, "/fr/formations/bts-sio/")

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Course"
    assert data["name"] == "BTS Services informatiques aux organisations"
    assert data["url"] == "http://testserver/fr/formations/bts-sio/"
    assert data["provider"] == {"@type": "EducationalOrganization", "name": "Lycée Nord Atlantique"}
    assert data["educationalCredentialAwarded"]["name"] == "BTS"
    assert data["educationalCredentialAwarded"]["identifier"] == "RNCP35340"
    assert data["timeRequired"] == "PT1350H"
    assert [instance["startDate"] for instance in data["hasCourseInstance"]] == [
        days_from_today(-400).isoformat(),
        days_from_today(30).isoformat(),
    ]
    assert {instance["courseMode"] for instance in data["hasCourseInstance"]} == {"onsite"}
    assert data["hasCourseInstance"][1]["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Le Lorrain",
        "addressCountry": "MQ",
    }


def test_the_english_page_describes_the_same_sessions(client, programmes):
    data = course_data(client, "/en/courses/bts-it-services/")

    assert data["name"] == "BTS IT services for organisations"
    assert data["url"] == "http://testserver/en/courses/bts-it-services/"
    assert len(data["hasCourseInstance"]) == 2


def test_sessions_elsewhere_give_their_own_place(client, programmes):
    data = course_data(client, "/fr/formations/mediateur-numerique/")

    (instance,) = data["hasCourseInstance"]
    assert instance["courseMode"] == "online"
    assert instance["location"]["name"] == "Basse-Terre (Guadeloupe)"
    assert instance["location"]["address"]["addressCountry"] == "GP"


def test_a_programme_without_certification_awards_no_credential(client, programmes):
    data = course_data(client, "/fr/formations/bureautique/")
    assert "educationalCredentialAwarded" not in data


def test_a_programme_without_sessions_has_no_course_instance(client, catalogue):
    TrainingPageFactory(parent=catalogue, title="Sans session", slug="sans-session")
    assert "hasCourseInstance" not in course_data(client, "/fr/formations/sans-session/")


def test_a_title_cannot_close_the_script(client, catalogue):
    title = 'Hacker </script><script>alert("x")</script> & <!-- co'
    TrainingPageFactory(
        parent=catalogue,
        title=title,
        slug="hacker",
        certification_type=CertificationType.CERTIFICATE,
        certification_name="</script><b>PIX</b>",
    )
    page = client.get("/fr/formations/hacker/").content.decode()

    assert '<script>alert("x")' not in page
    assert "<b>PIX</b>" not in page
    data = course_data(client, "/fr/formations/hacker/")
    assert data["name"] == title
    assert data["educationalCredentialAwarded"]["name"] == "</script><b>PIX</b>"


# Calendar files


def calendar(page, session_id):
    """What the programme's calendar address answers, called the way Wagtail routes to it."""
    request = RequestFactory().get(f"{page.url}sessions/{session_id}/calendrier/")
    return page.specific.session_calendar(request, session_id)


def unfolded(text: str) -> dict[str, str]:
    lines = text.replace("\r\n ", "").split("\r\n")
    return dict(line.split(":", 1) for line in lines if line)


@pytest.fixture
def session(programmes):
    return TrainingSessionFactory(
        page=programmes["bts"],
        start_date=datetime.date(2027, 3, 8),
        end_date=datetime.date(2027, 3, 12),
        commune=Commune.objects.get(insee_code="97209"),
    )


def test_the_calendar_link_of_a_session_downloads_an_ics_file(client, programmes, session):
    page = client.get("/fr/formations/bts-sio/").content.decode()
    href = f"/fr/formations/bts-sio/sessions/{session.pk}/calendrier/"
    assert f'href="{href}"' in page

    response = client.get(href)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")


def test_a_session_calendar_is_an_all_day_event(programmes, session):
    response = calendar(programmes["bts"], session.pk)
    text = response.content.decode()
    fields = unfolded(text)

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="session-{session.pk}.ics"'
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert fields["DTSTART;VALUE=DATE"] == "20270308"
    assert fields["DTEND;VALUE=DATE"] == "20270313"  # the day after the last one
    assert fields["SUMMARY"] == "BTS Services informatiques aux organisations"
    assert fields["LOCATION"] == "Fort-de-France"
    assert fields["URL"] == "http://testserver/fr/formations/bts-sio/"
    assert fields["UID"] == f"session-{session.pk}@testserver"
    assert re.fullmatch(r"\d{8}T\d{6}Z", fields["DTSTAMP"])


def test_a_one_day_session_ends_the_next_day(programmes):
    one_day = TrainingSessionFactory(
        page=programmes["bts"], start_date=datetime.date(2027, 12, 31), end_date=None
    )

    fields = unfolded(calendar(programmes["bts"], one_day.pk).content.decode())

    assert fields["DTSTART;VALUE=DATE"] == "20271231"
    assert fields["DTEND;VALUE=DATE"] == "20280101"


def test_calendar_lines_follow_rfc_5545(catalogue):
    title = "Cybersécurité, réseaux; données – " + "formation très complète à Fort-de-France " * 3
    provider = TrainingProviderFactory(name="Centre, formation; numérique", slug="centre")
    programme = TrainingPageFactory(parent=catalogue, title=title, slug="longue", provider=provider)
    session = TrainingSessionFactory(
        page=programme, place_name="Pointe-à-Pitre, Guadeloupe", region="guadeloupe"
    )

    content = calendar(programme, session.pk).content

    assert b"\n" not in content.replace(b"\r\n", b"")
    lines = content.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # no character cut in two by folding
    assert any(line.startswith(b" ") for line in lines)  # the long title is folded
    fields = unfolded(content.decode())
    assert fields["SUMMARY"] == title.replace(",", "\\,").replace(";", "\\;")
    assert fields["LOCATION"] == "Pointe-à-Pitre\\, Guadeloupe"
    assert "Centre\\, formation\\; numérique" in fields["DESCRIPTION"]


def test_the_calendar_of_an_english_page_gives_its_title_and_address(programmes, session):
    fields = unfolded(calendar(programmes["bts_en"], session.pk).content.decode())

    assert fields["SUMMARY"] == "BTS IT services for organisations"
    assert fields["URL"] == "http://testserver/en/courses/bts-it-services/"
    assert fields["DTSTART;VALUE=DATE"] == "20270308"


def test_a_session_of_another_programme_is_not_found(programmes):
    other = programmes["apprenti"].sessions.get()

    with pytest.raises(Http404):
        calendar(programmes["bts"], other.pk)
    with pytest.raises(Http404):
        calendar(programmes["bts"], 999_999)


def test_the_calendar_address_of_another_programmes_session_is_not_found(client, programmes):
    other = programmes["apprenti"].sessions.get()
    own = programmes["bts"].sessions.first()

    assert client.get(f"/fr/formations/bts-sio/sessions/{own.pk}/calendrier/").status_code == 200
    assert client.get(f"/fr/formations/bts-sio/sessions/{other.pk}/calendrier/").status_code == 404
