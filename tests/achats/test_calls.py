import datetime
import xml.etree.ElementTree as ET

import pytest

from django.utils import timezone

from achats.models import CallForTenders
from achats.selectors import with_category
from tests.achats.factories import CallFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_listing_shows_open_published_calls_first_and_filters_them(client):
    today = timezone.localdate()
    CallFactory(title="Audit cybersécurité", categories=["cybersecurite"], kind="marche")
    CallFactory(title="Projet données", categories=["data-ia"], kind="projet")
    CallFactory(title="Vidéos passées", deadline=today - datetime.timedelta(days=1))
    CallFactory(title="Brouillon caché", published=False)

    page = client.get("/fr/achats/appels/").content.decode()
    assert "Audit cybersécurité" in page and "Projet données" in page
    assert "Vidéos passées" not in page and "Brouillon caché" not in page  # open calls by default

    page = client.get("/fr/achats/appels/?categorie=cybersecurite").content.decode()
    assert "Audit cybersécurité" in page and "Projet données" not in page
    page = client.get("/fr/achats/appels/?type=projet&etat=").content.decode()
    assert "Projet données" in page and "Audit cybersécurité" not in page
    page = client.get("/fr/achats/appels/?etat=clos").content.decode()
    assert "Vidéos passées" in page and "Audit cybersécurité" not in page


def test_a_category_matches_the_whole_value_only():
    call = CallFactory(categories=["data-ia", "conseil"])
    calls = CallForTenders.objects.all()
    assert list(with_category(calls, "data-ia")) == list(with_category(calls, "conseil")) == [call]
    assert not with_category(calls, "data").exists() and not with_category(calls, "ia").exists()


def test_the_pages_answer_in_english_and_spanish_with_translated_paths(client):
    call = CallFactory(title="Refonte du site")
    assert client.get("/en/purchasing/calls/").status_code == 200
    assert client.get("/es/compras/convocatorias/").status_code == 200
    response = client.get(f"/en/purchasing/calls/{call.pk}/")
    assert response.status_code == 200 and b"Refonte du site" in response.content


def test_an_unpublished_call_has_no_page(client):
    call = CallFactory(published=False)
    assert client.get(f"/fr/achats/appels/{call.pk}/").status_code == 404


def test_the_rss_and_atom_feeds_are_valid_xml_with_the_open_calls(client):
    CallFactory(title="Hébergement & sauvegarde", categories=["hebergement"])
    CallFactory(title="Clos", deadline=timezone.localdate() - datetime.timedelta(days=3))

    rss = ET.fromstring(client.get("/fr/achats/appels/flux.rss").content)
    titles = [item.findtext("title") for item in rss.iter("item")]
    assert len(titles) == 1 and titles[0].startswith("Hébergement & sauvegarde")
    assert rss.find("channel/item/link").text.startswith("http")
    assert rss.find("channel/item/category").text == "Hébergement"  # the page's language

    atom = ET.fromstring(client.get("/fr/achats/appels/flux.atom").content)
    entries = atom.findall(f"{ATOM}entry")
    assert len(entries) == 1 and entries[0].find(f"{ATOM}id").text.startswith("achats-call-")
    assert entries[0].find(f"{ATOM}updated").text


def test_the_ics_lists_each_open_deadline_as_an_all_day_event(client):
    call = CallFactory(title="Audit; sécurité, réseaux", deadline=datetime.date(2099, 3, 31))
    response = client.get("/fr/achats/appels/echeances.ics")
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    unfolded = text.replace("\r\n ", "")
    lines = unfolded.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "DTSTART;VALUE=DATE:20990331" in lines and "DTEND;VALUE=DATE:20990401" in lines
    assert f"UID:achats-call-{call.pk}@portail-numerique-martinique" in lines
    assert any(line.startswith("SUMMARY:") and "Audit\\; sécurité\\, réseaux" in line for line in lines)
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 1


def test_the_api_lists_open_calls(client):
    CallFactory(title="Audit")
    body = client.get("/api/v1/achats/appels/").json()
    assert [item["title"] for item in body["results"]] == ["Audit"]


def test_the_listing_of_40_calls_makes_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    CallFactory.create_batch(40)
    client.get("/fr/achats/appels/")  # the layout's cache (portail/site_cache.py, navigation)
    with django_assert_max_num_queries(3):  # the calls (count, page), the layout 1 at most
        assert client.get("/fr/achats/appels/?etat=").status_code == 200
