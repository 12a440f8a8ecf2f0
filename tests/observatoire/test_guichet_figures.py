"""The guichet's figures against hand-computed fixtures (April to June 2026, seen on 1 August 2026)."""

import datetime

from guichet.models import CheckIn, Diagnosis
from observatoire import periods
from tests.observatoire.conftest import Q2, TODAY, at, commune_in, published, request_on

JUNE_1 = datetime.date(2026, 6, 1)  # a Monday; no public holiday until 8 June


def test_requests_by_epci_hide_a_small_count_and_the_next_smallest(db):
    for _n in range(6):
        request_on(datetime.date(2026, 4, 10), commune=commune_in("cap-nord"))
    for _n in range(5):
        request_on(datetime.date(2026, 5, 10), commune=commune_in("cacem"))
    request_on(datetime.date(2026, 6, 30), commune=commune_in("espace-sud"))
    request_on(datetime.date(2026, 3, 31), commune=commune_in("cacem"))  # the quarter before
    table = published("demandes-epci")
    assert table == {
        "rows": [["CACEM", [None]], ["CAP Nord Martinique", [6]], ["Espace Sud — CAESM", [None]]],
        "total": [12],
    }


def test_requests_by_sector_count_individuals_apart(db):
    for _n in range(5):
        request_on(JUNE_1, sector="artisanat")
    for _n in range(7):
        request_on(JUNE_1, sector="", kind="particulier", company_name="")
    rows = dict(published("demandes-secteur")["rows"])
    assert rows["artisanat"] == [5] and rows[""] == [7] and rows["commerce"] == [0]


def test_requests_by_need_count_each_need_ticked(db):
    for _n in range(5):
        request_on(JUNE_1, needs=["site-web", "financement"])
    for _n in range(3):
        request_on(JUNE_1, needs=["site-web"])
    table = published("demandes-besoin")
    rows = dict(table["rows"])
    assert rows["site-web"] == [8] and rows["financement"] == [5] and rows["cybersecurite"] == [0]
    assert table["total"] is None  # a request may tick several needs


def test_requests_by_month(db):
    for day in [datetime.date(2026, 4, 2)] * 5 + [datetime.date(2026, 6, 30)] * 6:
        request_on(day)
    assert published("demandes-mois") == {"rows": [["2026-04", [5]], ["2026-06", [6]]], "total": [11]}


def test_delays_per_partner_against_the_promise(db):
    for days, closed_after in [(0, 10), (1, 20), (1, None), (2, None), (3, None), (5, None)]:
        request = request_on(JUNE_1, partner="cap-nord")  # promised by 4 June (3 working days)
        request.taken_at = at(JUNE_1 + datetime.timedelta(days=days + 2 * (days == 5)), 15)  # 5: Monday 8
        if closed_after:
            request.status, request.outcome = "closed", "accompanied"
            request.closed_at = request.routed_at + datetime.timedelta(days=closed_after)
        request.save()
    for _n in range(5):
        request_on(JUNE_1, partner="cacem")  # never taken: the promise fell due
    request_on(JUNE_1, partner="espace-sud")
    table = published("delais-partenaire")
    rows = dict(table["rows"])
    # CAP Nord: working days 0, 1, 1, 2, 3, 5 → median 1.5, 90th percentile 4; 5 of 6 by 4 June.
    assert rows["CAP Nord Martinique – développement économique"] == [6, 1.5, 4.0, 83, 15.0, 19.0]
    assert rows["CACEM – service développement économique"] == [None, None, None, 0, None, None]  # 5: hidden
    assert rows["Espace Sud – développement économique"] == [None] * 6  # 1 request
    assert table["total"] == [12, 1.5, 4.0, 42, 15.0, 19.0]


def test_outcomes_of_the_requests_closed_in_the_period(db):
    for outcome, number in [("accompanied", 6), ("redirected", 2), ("unreachable", 5)]:
        for _n in range(number):
            request_on(JUNE_1, status="closed", outcome=outcome, closed_at=at(JUNE_1))
    for _n in range(5):
        request_on(JUNE_1, status="withdrawn", closed_at=at(JUNE_1))
    request_on(JUNE_1, status="closed", outcome="accompanied", closed_at=at(datetime.date(2026, 7, 2)))
    rows = dict(published("issues")["rows"])
    assert rows == {
        "accompanied": [6],
        "redirected": [None],
        "unreachable": [None],
        "not_needed": [0],
        "withdrawn": [5],
    }


def test_check_ins_by_round(db):
    answers = [
        (True, True, 4),
        (True, True, 5),
        (True, True, 3),
        (True, False, 4),
        (True, False, 4),
        (False, False, 5),
    ]
    for applied, obtained, rating in answers:
        request = request_on(JUNE_1)
        CheckIn.objects.create(
            request=request, months=3, due_on=JUNE_1, sent_at=at(JUNE_1), answered_at=at(JUNE_1, 12),
            applied=applied, obtained=obtained, delivered=obtained, rating=rating,
        )  # fmt: skip
    CheckIn.objects.create(
        request=request_on(JUNE_1), months=6, due_on=JUNE_1, sent_at=at(JUNE_1)
    )  # no answer
    table = published("suivi")
    assert table["rows"] == [["3", [6, 5, None, None, 4.2]]]  # obtained and delivered: 3 each
    assert table["total"] == [6, 5, None, None, 4.2]


def test_self_diagnosis_levels(db):
    for level in [1, 1, 1, 1, 1, 1, 2, 3]:
        diagnosis = Diagnosis.objects.create(levels={"presence": level, "selling": 4})
        Diagnosis.objects.filter(pk=diagnosis.pk).update(created_at=at(JUNE_1))
    rows = dict(published("autodiagnostic")["rows"])
    assert rows["presence"] == [6, None, None, 0]
    assert rows["selling"] == [0, 0, 0, 8]


def test_funding_asked_by_scheme_or_need(db):
    for _n in range(5):
        request_on(JUNE_1, needs=["financement"])
    request_on(JUNE_1, needs=["site-web"])
    assert published("financements-demandes")["rows"] == [["", [5]]]


def test_a_period_with_nothing_shows_empty_rows(db):
    assert published("demandes-mois", period=periods.quarter(2026, 1)) == {"rows": [], "total": [0]}
    assert published("delais-partenaire", period=Q2, today=TODAY) == {
        "rows": [],
        "total": [0, None, None, None, None, None],
    }
