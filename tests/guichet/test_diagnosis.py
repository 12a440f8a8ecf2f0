"""The self-diagnosis: scoring of each dimension, one question per screen, back and forward, result."""

import pytest

from django.test import Client

from guichet.diagnosis.questions import DIMENSIONS, QUESTIONS
from guichet.diagnosis.scoring import levels, needs, weak_dimensions
from guichet.models import Diagnosis

BASE = "/en/guichet/diagnostic"
KEYS = [question.key for question in QUESTIONS]


def answers_worth(points_by_question: dict, default: int = 3) -> dict:
    """Answers giving these points (by question key), `default` points to the others."""
    result = {}
    for question in QUESTIONS:
        wanted = points_by_question.get(question.key, default)
        result[question.key] = next(key for key, _label, points in question.answers if points == wanted)
    return result


def walk(client, answers: dict, company=None):
    """Answer every screen as a browser does; returns the last response."""
    for key in KEYS:
        client.post(f"{BASE}/{key}/", {"answer": answers[key]})
    return client.post(f"{BASE}/entreprise/", company or {"sector": "", "commune": ""})


# Scoring

TWO_QUESTION_DIMENSIONS = {
    "presence": ("site", "reseaux"),
    "selling": ("vente", "paiement"),
    "tools": ("factures", "clients"),
    "security": ("sauvegarde", "mots-de-passe"),
}


def test_every_dimension_of_the_study_has_questions_and_ten_in_all():
    assert [d.key for d in DIMENSIONS] == ["presence", "selling", "tools", "security", "skills", "equipment"]
    assert len(QUESTIONS) == 10
    assert {q.dimension for q in QUESTIONS} == {d.key for d in DIMENSIONS}
    for question in QUESTIONS:
        assert [points for _key, _label, points in question.answers] == [0, 1, 2, 3]


@pytest.mark.parametrize("dimension", sorted(TWO_QUESTION_DIMENSIONS))
@pytest.mark.parametrize(
    ("first", "second", "level"),
    [(0, 0, 1), (1, 0, 1), (1, 1, 2), (2, 1, 3), (2, 2, 3), (3, 2, 4), (3, 3, 4)],
)
def test_a_two_question_dimension_changes_level_at_each_quarter(dimension, first, second, level):
    one, two = TWO_QUESTION_DIMENSIONS[dimension]

    result = levels(answers_worth({one: first, two: second}))

    assert result[dimension] == level
    assert all(value == 4 for key, value in result.items() if key != dimension)


@pytest.mark.parametrize(("dimension", "question"), [("skills", "competences"), ("equipment", "equipement")])
@pytest.mark.parametrize(("points", "level"), [(0, 1), (1, 2), (2, 3), (3, 4)])
def test_a_one_question_dimension_has_one_level_per_answer(dimension, question, points, level):
    assert levels(answers_worth({question: points}))[dimension] == level


def test_levels_1_and_2_are_weak_and_give_the_guichet_needs():
    result = levels(answers_worth({"vente": 0, "paiement": 1, "competences": 1, "equipement": 2}))

    assert weak_dimensions(result) == ["selling", "skills"]
    assert needs(result) == ["e-commerce", "formation-salaries"]


def test_an_unknown_answer_is_refused():
    with pytest.raises(KeyError):
        levels({**answers_worth({}), "site": "peut-etre"})


# Navigation


def test_the_start_page_links_to_the_first_question(client, db):
    page = client.get(f"{BASE}/").content.decode()

    assert f'href="{BASE}/site/"' in page and "10 questions" in page


def test_each_question_is_a_screen_with_a_legend_radios_and_its_progress(client, db):
    client.post(f"{BASE}/site/", {"answer": "aucun"})
    client.post(f"{BASE}/reseaux/", {"answer": "non"})

    page = client.get(f"{BASE}/vente/").content.decode()

    assert "Question 3 of 11" in page
    question = "Can your customers order or book online?"
    assert f'<legend><h1 class="finder__question">{question}</h1></legend>' in page
    assert page.count('type="radio"') == 4 and "checked" not in page
    assert f'<a href="{BASE}/reseaux/">Back</a>' in page


def test_an_answer_leads_to_the_next_question_and_is_shown_again_when_coming_back(client, db):
    response = client.post(f"{BASE}/site/", {"answer": "ancien"})

    assert response.status_code == 302 and response["Location"] == f"{BASE}/reseaux/"
    page = client.get(f"{BASE}/site/").content.decode()
    assert 'value="ancien" id="id_answer_2" checked' in page.replace("required ", "")


def test_going_back_and_changing_an_answer_keeps_the_others(client, db):
    answers = answers_worth({})
    for key in KEYS[:4]:
        client.post(f"{BASE}/{key}/", {"answer": answers[key]})

    client.post(f"{BASE}/site/", {"answer": "aucun"})

    assert client.get(f"{BASE}/paiement/").status_code == 200  # still answered: no redirect
    assert client.session["guichet_diagnosis"]["answers"] == {
        "site": "aucun",
        **{key: answers[key] for key in KEYS[1:4]},
    }


def test_skipping_ahead_leads_to_the_first_unanswered_question(client, db):
    client.post(f"{BASE}/site/", {"answer": "aucun"})

    response = client.get(f"{BASE}/equipement/")

    assert response.status_code == 302 and response["Location"] == f"{BASE}/reseaux/"
    assert client.get(f"{BASE}/entreprise/")["Location"] == f"{BASE}/reseaux/"
    assert client.post(f"{BASE}/factures/", {"answer": "papier"})["Location"] == f"{BASE}/reseaux/"
    assert "factures" not in client.session["guichet_diagnosis"]["answers"]


def test_an_unknown_screen_is_not_found(client, db):
    assert client.get(f"{BASE}/nimporte/").status_code == 404


@pytest.mark.parametrize("data", [{}, {"answer": "peut-etre"}])
def test_a_missing_or_invalid_answer_keeps_the_page_with_an_error_summary(client, db, data):
    response = client.post(f"{BASE}/site/", data)

    page = response.content.decode()
    assert response.status_code == 200
    assert '<div class="message message--error" role="alert" tabindex="-1" id="errors">' in page
    assert '<a href="#id_answer_0">Does your company have a website?</a>' in page
    assert 'aria-describedby="id_answer_error"' in page
    assert "<title>Error: Does your company have a website?" in page
    assert "site" not in client.session.get("guichet_diagnosis", {}).get("answers", {})


def test_a_wrong_commune_keeps_what_was_typed(client, db):
    answers = answers_worth({})
    for key in KEYS:
        client.post(f"{BASE}/{key}/", {"answer": answers[key]})

    response = client.post(f"{BASE}/entreprise/", {"sector": "commerce", "commune": "Atlantis"})

    page = response.content.decode()
    assert response.status_code == 200 and 'value="Atlantis"' in page and 'href="#id_commune"' in page
    assert not Diagnosis.objects.exists()


def test_the_last_screen_stores_the_diagnosis_and_shows_the_result(client, db):
    response = walk(
        client, answers_worth({"vente": 0, "paiement": 0}), {"sector": "commerce", "commune": "97214"}
    )

    diagnosis = Diagnosis.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{BASE}/resultat/{diagnosis.token}/"
    assert diagnosis.levels == {
        "presence": 4,
        "selling": 1,
        "tools": 4,
        "security": 4,
        "skills": 4,
        "equipment": 4,
    }
    assert diagnosis.answers["vente"] == "non" and len(diagnosis.answers) == 10
    assert (diagnosis.sector, diagnosis.commune.name) == ("commerce", "Le Lorrain")
    page = client.get(response["Location"]).content.decode()
    assert "Level 1 of 4: Getting started." in page and "Level 4 of 4: Advanced." in page
    assert "Try selling through a platform or payment links" in page  # the next step of a weak one


def test_sending_the_last_screen_again_does_not_store_a_second_diagnosis(client, db):
    first = walk(client, answers_worth({}))
    again = client.post(f"{BASE}/entreprise/", {"sector": "", "commune": ""})

    assert again["Location"] == first["Location"] and Diagnosis.objects.count() == 1
    client.post(f"{BASE}/site/", {"answer": "aucun"})  # a changed answer: a new result
    changed = client.post(f"{BASE}/entreprise/", {"sector": "", "commune": ""})
    assert changed["Location"] != first["Location"] and Diagnosis.objects.count() == 2


def test_starting_again_forgets_the_answers(client, db):
    walk(client, answers_worth({}))
    assert "Start again from the first question" in client.get(f"{BASE}/").content.decode()

    response = client.post(f"{BASE}/recommencer/")

    assert response["Location"] == f"{BASE}/site/"
    assert client.get(f"{BASE}/reseaux/")["Location"] == f"{BASE}/site/"
    assert client.get(f"{BASE}/recommencer/").status_code == 405


def test_an_unknown_result_is_not_found(client, db):
    assert client.get(f"{BASE}/resultat/0b8e6a3e-1111-4d2c-9c1e-6f1f3b1c2d3e/").status_code == 404


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_questions_answer_in_every_language(client, db, language):
    response = client.get(f"/{language}/guichet/diagnostic/site/")

    assert response.status_code == 200 and 'name="answer"' in response.content.decode()


def test_the_start_page_continues_at_the_first_unanswered_question(client, db):
    client.post(f"{BASE}/site/", {"answer": "aucun"})

    page = client.get(f"{BASE}/").content.decode()

    assert f'href="{BASE}/reseaux/"' in page and "Continue my self-diagnosis" in page


def test_new_results_are_limited_per_visitor(client, db, monkeypatch):
    monkeypatch.setattr("guichet.diagnosis.views.DIAGNOSES_PER_HOUR", 1)
    first = walk(client, answers_worth({}))
    client.post(f"{BASE}/site/", {"answer": "aucun"})

    refused = client.post(f"{BASE}/entreprise/", {"sector": "", "commune": ""})

    assert refused.status_code == 200 and "Too many requests from your connection" in refused.content.decode()
    assert Diagnosis.objects.count() == 1
    assert first.status_code == 302
    other = walk(Client(REMOTE_ADDR="192.0.2.7"), answers_worth({"site": 0}))  # another visitor
    assert other.status_code == 302 and Diagnosis.objects.count() == 2
