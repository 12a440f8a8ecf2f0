import datetime

import pytest

from django.core import mail, signing

from achats import barometer
from achats.models import BarometerResponse

pytestmark = pytest.mark.django_db

ANSWER = {"buyer_kind": "commune", "local_share": "25-50", "satisfaction": "4", "comment": ""}
CAPTCHA = {"captcha_0": "x", "captcha_1": "PASSED"}


def answers(year, *rows):
    BarometerResponse.objects.bulk_create(
        BarometerResponse(year=year, buyer_kind=kind, local_share=share, satisfaction=satisfaction)
        for kind, share, satisfaction, count in rows
        for _n in range(count)
    )


def test_a_year_under_five_answers_publishes_nothing():
    answers(2026, ("commune", "25-50", 4, 4))
    assert barometer.barometer_results(2026)["published"] is False


def test_no_published_cell_counts_fewer_than_five():
    answers(2026, ("commune", "25-50", 4, 6), ("entreprise", "1-25", 3, 5), ("association", "0", 2, 2))
    results = barometer.barometer_results(2026)
    for table in ("local_share", "satisfaction", "buyer_kind"):
        for cell in results[table]:
            assert cell["count"] is None or cell["count"] >= 5
    shares = {cell["key"]: cell["count"] for cell in results["local_share"]}
    assert shares["25-50"] == 6 and shares["1-25"] == 5 and shares["0"] is None


def test_a_lone_hidden_cell_hides_the_next_smallest_so_the_total_does_not_reveal_it():
    counts = {"a": 12, "b": 7, "c": 3}
    hidden = barometer._suppressed(counts)
    assert hidden == {"c", "b"}


def test_the_results_page_shows_figures_and_hides_small_counts(client):
    answers(2025, ("commune", "25-50", 4, 6), ("entreprise", "1-25", 3, 5), ("association", "0", 2, 2))
    page = client.get("/en/purchasing/barometer/results/?annee=2025").content.decode()
    assert "13 answers" in page and "3.3 out of 5" in page
    assert "fewer than 5" in page
    assert client.get("/fr/achats/barometre/resultats/?annee=abc").status_code == 302


def test_the_public_form_records_an_answer(client):
    response = client.post("/fr/achats/barometre/", {**ANSWER, **CAPTCHA})
    assert response.status_code == 200
    assert BarometerResponse.objects.get().local_share == "25-50"


def test_the_form_explains_its_errors_and_keeps_what_was_typed(client):
    response = client.post(
        "/en/purchasing/barometer/", {"comment": "Très bien", "satisfaction": "9", **CAPTCHA}
    )
    page = response.content.decode()
    assert response.status_code == 400 and 'class="error-summary"' in page
    assert 'href="#id_buyer_kind_0"' in page and 'href="#id_satisfaction_0"' in page
    assert "Très bien" in page and not BarometerResponse.objects.exists()


def test_the_public_form_asks_visitors_for_the_captcha(client):
    response = client.post("/fr/achats/barometre/", ANSWER)
    assert response.status_code == 400 and not BarometerResponse.objects.exists()


def test_too_many_answers_from_one_address_are_refused(client):
    for _n in range(10):
        client.post("/fr/achats/barometre/", {**ANSWER, **CAPTCHA})
    response = client.post("/fr/achats/barometre/", {**ANSWER, **CAPTCHA})
    assert response.status_code == 400 and BarometerResponse.objects.count() == 10


def test_invitation_links_answer_once_and_forged_or_expired_ones_are_refused(client):
    barometer.barometer_invite(emails=["achats@commune.example"], year=2026)
    url = mail.outbox[0].body.split("http://127.0.0.1:8000")[1].split()[0]
    assert "achats@commune.example" not in url
    assert client.post(url, ANSWER).status_code == 200  # no captcha: the link is the proof
    assert BarometerResponse.objects.get().year == 2026
    assert (
        "already been answered"
        in client.get(url.replace("/fr/achats/barometre/", "/en/purchasing/barometer/")).content.decode()
    )
    client.post(url, ANSWER)  # a second post (double click, back button) records nothing
    assert BarometerResponse.objects.count() == 1

    token = url.rstrip("/").split("/")[-1]
    assert client.get(url.replace(token, token[:-2] + "xx")).status_code == 404
    forged = signing.dumps({"year": 2026, "n": "x"}, salt="another-salt", compress=True)
    assert client.get(url.replace(token, forged)).status_code == 404


def test_an_expired_invitation_is_refused(monkeypatch):
    token = barometer.invitation_token(year=2026)
    monkeypatch.setattr(barometer, "INVITATION_DAYS", -1)
    assert barometer.invitation_year(token) is None


def test_the_invite_command_checks_every_address_before_sending(tmp_path):
    from django.core.management import CommandError, call_command

    addresses = tmp_path / "acheteurs.txt"
    addresses.write_text("achats@commune.example\npas-une-adresse\n", encoding="utf-8")
    with pytest.raises(CommandError, match="pas-une-adresse"):
        call_command("barometer_invite", "2026", str(addresses))
    assert not mail.outbox
    addresses.write_text("achats@commune.example\nachats@cacem.example\n", encoding="utf-8")
    call_command("barometer_invite", "2026", str(addresses))
    assert len(mail.outbox) == 2 and mail.outbox[0].body != mail.outbox[1].body  # one link each


def test_the_observatory_counts_the_answers_received_in_its_period_and_hides_small_counts(db):
    from tests.observatoire.conftest import at, published

    answers(2026, ("commune", "25-50", 4, 6), ("entreprise", "1-25", 3, 5), ("association", "0", 2, 2))
    BarometerResponse.objects.update(created_at=at(datetime.date(2026, 5, 4)))  # in Q2 2026
    answers(2026, ("commune", "75-100", 5, 9))
    BarometerResponse.objects.filter(local_share="75-100").update(created_at=at(datetime.date(2026, 7, 2)))

    shares = dict(published("barometre-part-locale")["rows"])
    assert shares["25-50"] == [6] and shares["75-100"] == [0]  # July's 9 answers are in Q3
    assert shares["0"] == [None]  # 2 answers: hidden
    assert shares["1-25"] == [None]  # the next smallest too: the total (13) would give the 2 back
    kinds = dict(published("barometre-acheteurs")["rows"])
    assert kinds["commune"] == [6] and kinds["association"] == [None] and kinds["entreprise"] == [None]
