"""schema.org JSON-LD beyond courses, parsed out of the rendered pages: each type has the properties
schema.org and search engines require (Event, LocalBusiness, GovernmentService; a free Course)."""

import datetime
from decimal import Decimal

import pytest

from evenements.schema_org import event_data
from lieux.opening_hours import parse
from lieux.schema_org import opening_hours_specification
from tests.catalogue.conftest import catalogue  # noqa: F401
from tests.catalogue.factories import TrainingPageFactory
from tests.evenements.factories import EventPageFactory
from tests.financements.conftest import guide, schemes  # noqa: F401
from tests.lieux.factories import PlacePageFactory
from tests.utils import schema_org_data

pytestmark = pytest.mark.django_db

WEEKDAYS = [f"https://schema.org/{day}" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]


def json_ld(client, path) -> dict:
    response = client.get(path)
    assert response.status_code == 200
    data = schema_org_data(response)
    assert data["@context"] == "https://schema.org"
    return data


def test_a_workshop_is_a_free_event(client, map_page, event_index):
    place = PlacePageFactory(parent=map_page, title="Kaz Numérik", slug="kaz-numerik")
    event = EventPageFactory(parent=event_index, title="Atelier smartphone", slug="atelier", place=place)
    data = json_ld(client, event.url)
    assert data["@type"] == "Event"
    assert data["name"] == "Atelier smartphone"
    assert datetime.datetime.fromisoformat(data["startDate"]) == event.starts_at
    assert datetime.datetime.fromisoformat(data["endDate"]) == event.ends_at
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["organizer"] == {"@type": "Organization", "name": "CTM"}
    assert data["location"]["@type"] == "Place" and data["location"]["name"] == "Kaz Numérik"
    assert data["location"]["address"]["addressLocality"] == place.commune.name
    assert data["isAccessibleForFree"] is True
    assert (data["offers"]["price"], data["offers"]["priceCurrency"]) == ("0", "EUR")


def test_an_online_event_and_a_full_one(map_page, event_index):
    event = EventPageFactory(
        parent=event_index, address="", commune=None, online_url="https://visio.example/a"
    )
    data = event_data(event, url="https://example/e/", seats_left=0)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://visio.example/a"}
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"


def test_a_tiers_lieu_is_a_local_business_with_its_opening_hours(client, map_page):
    place = PlacePageFactory(
        parent=map_page,
        title="Kaz Numérik",
        slug="kaz-numerik",
        opening_hours="Mo-Fr 09:00-12:00,14:00-17:00",
    )
    data = json_ld(client, place.url)
    assert data["@type"] == "LocalBusiness"  # a Place
    assert data["name"] == "Kaz Numérik"
    assert data["address"]["streetAddress"] == "1 rue Victor Hugo"
    assert data["address"]["postalCode"] == "97200"
    assert data["geo"]["@type"] == "GeoCoordinates" and data["geo"]["latitude"] == float(place.latitude)
    assert data["isAccessibleForFree"] is True
    assert data["openingHoursSpecification"] == [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": WEEKDAYS, "opens": "09:00", "closes": "12:00"},
        {"@type": "OpeningHoursSpecification", "dayOfWeek": WEEKDAYS, "opens": "14:00", "closes": "17:00"},
    ]


def test_later_rules_replace_earlier_days_and_overnight_hours():
    hours = parse("Mo-Sa 09:00-18:00; Sa 10:00-13:00; Su off; Fr 20:00-02:00")
    specification = opening_hours_specification(hours)
    by_hours = {
        (spec["opens"], spec["closes"]): [d.rsplit("/", 1)[1] for d in spec["dayOfWeek"]]
        for spec in specification
    }
    assert by_hours == {
        ("09:00", "18:00"): ["Monday", "Tuesday", "Wednesday", "Thursday"],
        ("10:00", "13:00"): ["Saturday"],
        ("20:00", "02:00"): ["Friday"],
    }
    assert opening_hours_specification(parse("24/7"))[0] | {"dayOfWeek": []} == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": [],
        "opens": "00:00",
        "closes": "23:59",
    }


def test_a_funding_scheme_is_a_government_service(client, schemes):  # noqa: F811
    data = json_ld(client, "/fr/financements/mofwazaj-dijital/")
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Mofwazaj Dijital"
    assert data["provider"] == {
        "@type": "GovernmentOrganization",
        "name": "Collectivité Territoriale de Martinique",
    }
    assert data["areaServed"]["name"] == "Martinique"
    assert data["serviceType"] == "Subvention"
    assert {audience["@type"] for audience in data["audience"]} == {"BusinessAudience"}
    assert data["availableChannel"]["serviceUrl"] == data["url"]
    north = json_ld(client, "/fr/financements/aide-nord/")
    assert north["areaServed"]["@type"] == "AdministrativeArea" and "Nord" in north["areaServed"]["name"]


@pytest.mark.parametrize("path", ["/fr/guichet/", "/en/guichet/"])
def test_the_guichet_is_a_government_service_of_the_ctm(client, db, path):
    data = json_ld(client, path)
    assert data["@type"] == "GovernmentService"
    assert data["provider"]["name"] == "Collectivité Territoriale de Martinique"
    assert data["areaServed"]["name"] == "Martinique"
    assert data["serviceType"] and data["audience"]["@type"] == "BusinessAudience"
    assert data["url"].endswith(path)


def test_a_course_at_no_cost_is_free_not_paid(client, catalogue):  # noqa: F811
    free = TrainingPageFactory(parent=catalogue, title="Initiation", slug="initiation", cost_eur=Decimal("0"))
    paid = TrainingPageFactory(parent=catalogue, title="Expert", slug="expert", cost_eur=Decimal("1200"))
    data = json_ld(client, free.url)
    assert data["offers"]["price"] == "0" and data["offers"]["category"] == "Free"
    assert data["isAccessibleForFree"] is True
    paid_data = json_ld(client, paid.url)
    assert paid_data["offers"] == {
        "@type": "Offer",
        "price": "1200.00",
        "priceCurrency": "EUR",
        "category": "Paid",
    }
    assert "isAccessibleForFree" not in paid_data
