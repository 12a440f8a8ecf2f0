"""From a self-diagnosis to a guichet request the adviser reads; the diagnoses in the statistics."""

import pytest

from guichet.diagnosis.scoring import levels
from guichet.models import AccompanimentRequest, Diagnosis
from guichet.selectors import export_request
from guichet.services import delete_request
from tests.guichet import factories
from tests.guichet.conftest import CHECK, CONTACT, detail_path, member_of, tracking_path
from tests.guichet.test_diagnosis import answers_worth, walk
from tests.utils import in_language, signed_in

BASE = "/en/guichet/diagnostic"
WEAK_SELLING_AND_SKILLS = {"vente": 0, "paiement": 0, "competences": 1}


def ask_adviser(client, points=None, company=None) -> Diagnosis:
    """The diagnosis is made, then the company presses "Ask an adviser with these answers"."""
    walk(client, answers_worth(WEAK_SELLING_AND_SKILLS if points is None else points), company)
    diagnosis = Diagnosis.objects.latest("created_at")
    response = client.post(f"{BASE}/resultat/{diagnosis.token}/conseiller/")
    assert response.status_code == 302 and response["Location"] == "/en/guichet/demande/entreprise/"
    return diagnosis


COMPANY = {"siret": "732 829 320 00074", "company_name": "Ti Kaz Créole", "headcount": "3"}


def send_request(client):
    """The rest of the request form, as the browser sends it (sector and commune as shown)."""
    client.post("/en/guichet/demande/entreprise/", {**COMPANY, "sector": "commerce", "commune": "Le Lorrain"})
    needs_page = client.get("/en/guichet/demande/besoins/").content.decode()
    client.post("/en/guichet/demande/besoins/", {"needs": ["e-commerce", "formation-salaries"]})
    client.post("/en/guichet/demande/contact/", {**CONTACT, "language": "en"})
    check_page = client.get("/en/guichet/demande/verifier/").content.decode()
    client.post("/en/guichet/demande/verifier/", CHECK)
    return needs_page, check_page


def test_the_request_form_starts_with_the_needs_sector_and_commune_of_the_diagnosis(client, partners):
    ask_adviser(client, company={"sector": "commerce", "commune": "Le Lorrain"})

    company_page = client.get("/en/guichet/demande/entreprise/").content.decode()
    client.post("/en/guichet/demande/entreprise/", {**COMPANY, "sector": "commerce", "commune": "Le Lorrain"})
    needs_page = client.get("/en/guichet/demande/besoins/").content.decode()

    assert 'id="errors"' not in company_page and "errorlist" not in company_page  # nothing to correct yet
    assert 'value="Le Lorrain"' in company_page and 'value="commerce" id="id_sector_0" checked' in (
        company_page.replace("required ", "")
    )
    assert 'value="e-commerce" id="id_needs_1" checked' in needs_page.replace("required ", "")
    assert 'value="formation-salaries"' in needs_page
    assert 'value="site-web" id="id_needs_0" checked' not in needs_page.replace("required ", "")
    assert "After my self-diagnosis, I would like help with: selling online, digital skills." in needs_page


def test_the_request_is_sent_with_the_diagnosis_attached(client, partners):
    diagnosis = ask_adviser(client, company={"sector": "commerce", "commune": "Le Lorrain"})

    _needs, check_page = send_request(client)

    request = AccompanimentRequest.objects.get()
    assert request.diagnosis == diagnosis and request.partner.slug == "cap-nord"
    attached = "Your self-diagnosis (answers and levels) is attached to the request for the adviser."
    assert attached in check_page
    assert request.needs == ["e-commerce", "formation-salaries"]


def test_a_request_without_a_diagnosis_has_none(client, partners):
    send_request(client)

    assert AccompanimentRequest.objects.get().diagnosis is None


def test_the_adviser_of_the_partner_reads_the_answers_and_levels_others_do_not(client, partners):
    ask_adviser(client, company={"sector": "commerce", "commune": "Le Lorrain"})
    send_request(client)
    request = AccompanimentRequest.objects.get()
    client.logout()

    signed_in(client, member_of(partners["cap-nord"]))
    page = client.get(detail_path(request)).content.decode()
    client.logout()
    signed_in(client, member_of(partners["cacem"]))
    other = client.get(detail_path(request), follow=True)

    for text in ["Self-diagnosis", "Selling online", "Getting started", "How can your customers pay?"]:
        assert in_language("fr", text) in page  # the partner space is in French
    answer = in_language("fr", "Cash or cheque only")
    assert page.count(answer) == 1  # the answer to the payment question only
    assert other.status_code == 404 and answer not in other.content.decode()


def test_the_tracking_page_and_the_export_include_the_diagnosis(client, partners):
    ask_adviser(client, company={"sector": "commerce", "commune": "Le Lorrain"})
    send_request(client)
    request = AccompanimentRequest.objects.get()

    page = client.get(tracking_path(request, "en")).content.decode()
    exported = export_request(request)

    assert "Self-diagnosis" in page and "Cash or cheque only" in page
    assert f'<a href="/en/guichet/diagnostic/resultat/{request.diagnosis.token}/">' in page
    assert exported["diagnosis"]["levels"]["Selling online"] == 1
    answer = {"question": "How can your customers pay?", "answer": "Cash or cheque only"}
    assert answer in exported["diagnosis"]["answers"] and len(exported["diagnosis"]["answers"]) == 10
    download = client.get(tracking_path(request, "en") + "donnees.json").json()
    assert download["diagnosis"]["levels"]["Selling online"] == 1


def test_deleting_the_request_deletes_its_diagnosis_unless_another_request_holds_it(client, partners):
    diagnosis = ask_adviser(client, company={"sector": "commerce", "commune": "Le Lorrain"})
    send_request(client)
    first = AccompanimentRequest.objects.get()
    second = factories.submit(company_name="Autre", email="autre@example.org")
    second.diagnosis = diagnosis
    second.save()

    delete_request(first)
    assert Diagnosis.objects.filter(pk=diagnosis.pk).exists()  # the second request still holds it
    delete_request(second)
    assert not Diagnosis.objects.filter(pk=diagnosis.pk).exists()


def test_the_company_deletes_its_request_from_the_tracking_page_and_the_diagnosis_goes(client, partners):
    ask_adviser(client, company={"sector": "commerce", "commune": "Le Lorrain"})
    send_request(client)
    path = tracking_path(AccompanimentRequest.objects.get(), "en")

    client.post(f"{path}supprimer/", {"confirm": "1"})

    assert not AccompanimentRequest.objects.exists() and not Diagnosis.objects.exists()


def test_deleting_the_diagnosis_keeps_the_request(client, partners):
    ask_adviser(client, company={"sector": "commerce", "commune": "Le Lorrain"})
    send_request(client)

    Diagnosis.objects.all().delete()

    request = AccompanimentRequest.objects.get()
    assert request.diagnosis is None and export_request(request)["diagnosis"] is None


def test_asking_an_adviser_needs_a_post_and_a_real_diagnosis(client, db):
    assert client.get(f"{BASE}/resultat/0b8e6a3e-1111-4d2c-9c1e-6f1f3b1c2d3e/conseiller/").status_code == 405
    missing = client.post(f"{BASE}/resultat/0b8e6a3e-1111-4d2c-9c1e-6f1f3b1c2d3e/conseiller/")
    assert missing.status_code == 404


def test_a_diagnosis_without_weak_dimension_leaves_the_needs_to_choose(client, partners):
    ask_adviser(client, points={})

    client.post("/en/guichet/demande/entreprise/", {**COMPANY, "sector": "commerce", "commune": "Le Lorrain"})
    needs_page = client.get("/en/guichet/demande/besoins/").content.decode()

    assert "checked" not in needs_page and "After my self-diagnosis" not in needs_page


# Statistics


@pytest.fixture
def diagnoses(db):
    """Six diagnoses weak in selling online (level 1), two of them also weak in skills (level 2)."""
    for number in range(6):
        points = {"vente": 0, "paiement": 0} | ({"competences": 1} if number < 2 else {})
        answers = answers_worth(points)
        Diagnosis.objects.create(answers=answers, levels=levels(answers))


def test_the_open_data_counts_levels_and_hides_small_counts(client, diagnoses):
    data = client.get("/api/guichet/statistiques.json").json()

    counts = {(row["dimension"], row["niveau"]): row["diagnostics"] for row in data["diagnostics"]}
    assert counts[("selling", 1)] == 6 and counts[("selling", 4)] == 0
    assert counts[("skills", 2)] == "<5" and counts[("skills", 4)] == "<5"
    assert counts[("presence", 4)] == 6
    assert len(counts) == 24 and data["results"] == []
    assert all(set(row) == {"dimension", "niveau", "diagnostics"} for row in data["diagnostics"])


def test_the_dashboard_shows_the_levels(client, diagnoses, editor):
    signed_in(client, editor)

    page = client.get("/admin/guichet/tableau-de-bord/").content.decode()

    assert "<td>6</td>" in page and "<td>&lt;5</td>" in page
