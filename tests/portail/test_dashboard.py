"""The admin's home page: each person sees the panels of their work, with a bounded number of queries."""

import datetime
import itertools

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from guichet.enums import Status
from label.enums import ApplicationStatus
from label.models import LabelApplication
from tests.financements.conftest import guide  # noqa: F401 (fixture)
from tests.financements.factories import FundingSchemePageFactory
from tests.guichet.factories import AccompanimentRequestFactory
from tests.label.factories import ProviderFactory
from tests.utils import in_language, signed_in, staff

pytestmark = pytest.mark.django_db
NUMBERS = itertools.count()

PANELS = {
    "schemes": "Schemes closing within 30 days",
    "guichet": "Guichet requests overdue",
    "label": "Label applications waiting for review",
}


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def add_work(guide, count):  # noqa: F811
    for _ in range(count):
        FundingSchemePageFactory(parent=guide, title=f"Appel {next(NUMBERS)}", closes_on=in_days(10))
        AccompanimentRequestFactory(status=Status.ROUTED, contact_by=in_days(-2))
        LabelApplication.objects.create(provider=ProviderFactory(), status=ApplicationStatus.SUBMITTED)
    FundingSchemePageFactory(parent=guide, title=f"Lointain {next(NUMBERS)}", closes_on=in_days(90))
    AccompanimentRequestFactory(status=Status.ROUTED, contact_by=in_days(1))


def panels_seen(client, user) -> set[str]:
    html = signed_in(client, user).get("/admin/").content.decode()
    return {key for key, heading in PANELS.items() if in_language("fr", heading) in html}


@pytest.mark.parametrize(
    "groups, expected",
    [
        (["Editors"], {"schemes", "guichet"}),
        (["Moderators"], {"schemes", "guichet"}),
        (["Label reviewers"], {"label"}),
    ],
)
def test_each_person_sees_the_panels_of_their_work(client, guide, groups, expected):  # noqa: F811
    add_work(guide, 1)
    assert panels_seen(client, staff(groups=groups)) == expected


def test_the_panels_list_what_is_due_and_say_when_nothing_is(client, guide):  # noqa: F811
    admin = staff()
    admin.is_superuser = True
    admin.save()
    empty = signed_in(client, admin).get("/admin/").content.decode()
    assert in_language("fr", "No scheme closes within 30 days.") in empty
    assert in_language("fr", "No label application is waiting for review.") in empty

    add_work(guide, 2)
    html = client.get("/admin/").content.decode()
    assert html.count(">Appel ") == 2 and "Lointain" not in html  # closes in 90 days: not yet
    assert html.count("GU-TEST-") == 2  # the request due tomorrow is not late
    assert in_language("fr", "No scheme closes within 30 days.") not in html


def test_the_dashboard_queries_do_not_grow_with_the_work(client, guide):  # noqa: F811
    admin = staff()
    admin.is_superuser = True
    admin.save()
    signed_in(client, admin)

    def queries_with(count):
        add_work(guide, count)
        client.get("/admin/")  # caches warmed
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/").status_code == 200
        return len(captured)

    assert queries_with(2) == queries_with(18)  # 2, then 20 of each
