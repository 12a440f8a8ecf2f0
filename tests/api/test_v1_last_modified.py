"""Last-Modified on /api/v1/: set where a dataset has a natural date, If-Modified-Since → 304."""

import datetime
import time

from django.utils import timezone
from django.utils.http import http_date, parse_http_date

from wagtail.models import PageLogEntry

from label.selectors import registry_modified
from lieux.models import PlacePage


def http(moment: datetime.datetime) -> str:
    return http_date(int(moment.timestamp()))


def test_places_change_when_a_place_is_published_or_unpublished(client, open_data):
    first, second = PlacePage.objects.order_by("pk")[:2]
    first.save_revision().publish()
    first.refresh_from_db()
    # The log entry is written just after the page: the two may fall either side of a second.
    logged = PageLogEntry.objects.filter(page=first, action="wagtail.publish").latest("timestamp")
    response = client.get("/api/v1/lieux/")
    assert response["Last-Modified"] == http(max(first.last_published_at, logged.timestamp))
    assert client.get("/api/v1/lieux/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304

    time.sleep(1.1)  # HTTP dates count whole seconds (a change within the second: the ETag tells)
    second.unpublish()  # gone from the dataset: its date moves on though no page was published
    after = client.get("/api/v1/lieux/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert after.status_code == 200 and after.json()["count"] == 2
    assert parse_http_date(after["Last-Modified"]) > parse_http_date(response["Last-Modified"])


def test_an_etag_that_differs_wins_over_if_modified_since(client, open_data):
    PlacePage.objects.first().save_revision().publish()
    response = client.get("/api/v1/lieux/")
    stale = client.get(
        "/api/v1/lieux/", HTTP_IF_NONE_MATCH='"stale"', HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]
    )
    assert stale.status_code == 200


def test_the_label_registry_dates_decisions_and_expiries(client, open_data):
    response = client.get("/api/v1/label/registre/")
    modified = registry_modified()
    assert response["Last-Modified"] == http(modified)
    later = registry_modified(today=timezone.localdate() + datetime.timedelta(days=4000))
    assert later > modified  # the valid labels have expired by then: the registry changed at midnight


def test_lists_that_move_with_the_clock_send_no_last_modified(client, open_data):
    for url in ("/api/v1/evenements/", "/api/v1/guichet/statistiques/", "/api/v1/financements/dispositifs/"):
        response = client.get(url)
        assert response.status_code == 200 and "ETag" in response, url
        assert "Last-Modified" not in response, url


def test_programmes_are_at_least_as_recent_as_midnight(client, open_data):
    response = client.get("/api/v1/catalogue/formations/")
    midnight = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time()))
    assert parse_http_date(response["Last-Modified"]) >= int(midnight.timestamp())
