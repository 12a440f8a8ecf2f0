"""Snapshots: a past quarter's figures are frozen once and never move; editors add a commentary."""

import datetime

import pytest

from django.utils import timezone

from observatoire import periods, services
from observatoire.models import Snapshot
from observatoire.tasks import freeze_snapshots_task
from tests.observatoire.conftest import Q2, TODAY, request_on
from tests.utils import signed_in

JUNE_1 = datetime.date(2026, 6, 1)


def test_a_frozen_quarter_does_not_move_when_data_changes(client, site_tree, page_cache_off):
    for _n in range(6):
        request_on(JUNE_1)
    today = timezone.localdate()
    period = periods.previous_quarter(periods.quarter_of(today))
    for _n in range(7):
        request_on(period.start)
    snapshot = services.freeze(period, today)
    assert snapshot.figures["demandes-mois"]["total"] == [7]
    for _n in range(5):
        request_on(period.start + datetime.timedelta(days=3))  # arrives late, e.g. an import
    assert services.freeze(period, today).pk == snapshot.pk
    snapshot.refresh_from_db()
    assert snapshot.figures["demandes-mois"]["total"] == [7]
    page = client.get("/fr/observatoire/", {"periode": period.key}).content.decode()
    assert "ne changent plus" in page or "no longer change" in page
    month = client.get(f"/fr/observatoire/demandes-mois.json?periode={period.key}").json()
    assert month["rows"][-1] == ["Total", 7] and month["frozen_at"]
    live = client.get("/fr/observatoire/demandes-mois.json?periode=tout").json()
    assert live["rows"][-1] == ["Total", 18] and live["frozen_at"] is None


def test_the_current_quarter_is_never_frozen(db):
    today = timezone.localdate()
    assert services.freeze(periods.quarter_of(today), today) is None
    assert services.freeze(periods.Period(periods.ALL, None, None), today) is None
    assert not Snapshot.objects.exists()


def test_the_daily_job_freezes_the_last_quarter_and_year_once(db):
    request_on(JUNE_1)
    first = freeze_snapshots_task()
    assert first == ", ".join(
        [
            periods.previous_quarter(periods.quarter_of(timezone.localdate())).key,
            str(timezone.localdate().year - 1),
        ]
    )
    frozen_at = list(Snapshot.objects.values_list("frozen_at", flat=True))
    freeze_snapshots_task()
    assert list(Snapshot.objects.values_list("frozen_at", flat=True)) == frozen_at


def test_the_job_is_scheduled(db):
    from django_q.models import Schedule

    schedule = Schedule.objects.get(name="observatory-snapshots")
    assert schedule.func == "observatoire.tasks.freeze_snapshots_task" and schedule.schedule_type == "D"


def test_editors_write_a_commentary_but_no_snapshot_by_hand(client, site_tree, editor, page_cache_off):
    snapshot = services.freeze(Q2, TODAY)
    signed_in(client, editor)
    listing = client.get("/admin/snippets/observatoire/snapshot/")
    assert listing.status_code == 200
    assert client.get("/admin/snippets/observatoire/snapshot/add/").status_code in (302, 403)
    response = client.post(
        f"/admin/snippets/observatoire/snapshot/edit/{snapshot.pk}/",
        {"commentary": "Un trimestre calme.", "commentary_en": "A quiet quarter.", "commentary_es": ""},
    )
    assert response.status_code == 302
    snapshot.refresh_from_db()
    assert snapshot.commentary == "Un trimestre calme." and snapshot.figures  # figures untouched
    client.logout()
    assert "A quiet quarter." in client.get("/en/observatory/", {"periode": "2026-T2"}).content.decode()
    spanish = client.get("/es/observatorio/", {"periode": "2026-T2"}).content.decode()
    assert '<p lang="fr">Un trimestre calme.</p>' in spanish


@pytest.mark.parametrize("period", ["2026-T2", "tout"])
def test_the_api_lists_figures_and_snapshots(client, db, period):
    request_on(JUNE_1)
    services.freeze(Q2, TODAY)
    figures = client.get("/api/v1/observatoire/", {"periode": period}).json()
    assert figures["period"] == period
    by_key = {figure["figure"]: figure for figure in figures["figures"]}
    assert by_key["demandes-mois"]["rows"][0][1] is None  # one request: not published
    assert {"demandes-epci", "formations-niveau", "label-commune"} <= by_key.keys()
    snapshots = client.get("/api/v1/observatoire/instantanes/").json()
    assert [item["period"] for item in snapshots] == ["2026-T2"]
    assert client.get("/api/v1/observatoire/", {"periode": "2026-T9"}).status_code == 400
