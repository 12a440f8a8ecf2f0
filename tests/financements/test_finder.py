"""The finder requires an answer with a message, recaps the answers with "change" links, and hands
them to the guichet."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from django.utils.html import escape

from tests.guichet.conftest import COMPANY
from tests.utils import in_language

pytestmark = pytest.mark.django_db

FINDER = "/fr/financements/trouver/"
ANSWERS = "beneficiaire=tpe&secteur=commerce&commune=Le+Lorrain&projet=site-web&effectif=3"


def test_next_with_nothing_chosen_explains_what_to_choose(client, schemes):
    response = client.get(FINDER, {"question": "beneficiaire"})
    html = response.content.decode()

    message = in_language("fr", "Choose what you are, for example a very small business.")
    assert "Question 1 sur 5" in html
    assert message in html
    assert 'aria-describedby="id_beneficiaire_error"' in html
    assert '<a href="#id_beneficiaire_0">' in html  # the summary links to the field


def test_an_error_keeps_the_earlier_answers(client, schemes):
    html = client.get(FINDER, {"beneficiaire": "tpe", "question": "secteur"}).content.decode()

    assert "Question 2 sur 5" in html
    assert (
        in_language("fr", "Choose your sector of activity: the closest one if yours is not listed.") in html
    )
    assert '<input type="hidden" name="beneficiaire" value="tpe">' in html


def test_an_optional_question_left_empty_moves_on(client, schemes):
    query = "beneficiaire=tpe&secteur=commerce&commune=Le+Lorrain&question=projet"
    html = client.get(f"{FINDER}?{query}").content.decode()

    assert "Question 5 sur 5" in html


def test_results_recap_the_answers_with_a_change_link_each(client, schemes):
    html = client.get(f"{FINDER}?{ANSWERS}").content.decode()

    assert in_language("fr", "Your answers", escaped=False) in html
    for words in (
        "Le Lorrain",
        "Commerce",
        "Site internet",
        '<dd class="summary-list__value">3 personnes</dd>',
    ):
        assert words in html
    for name in ("beneficiaire", "secteur", "commune", "projet", "effectif"):
        assert f'{escape(ANSWERS)}&amp;changer={name}"' in html


def test_a_change_link_asks_the_question_again_with_the_answers_kept(client, schemes):
    html = client.get(f"{FINDER}?{ANSWERS}&changer=secteur").content.decode()

    assert "Question 2 sur 5" in html
    assert re.search(r'value="commerce"[^>]*checked', html)
    for hidden in (
        'name="beneficiaire" value="tpe"',
        'name="commune" value="Le Lorrain"',
        'name="effectif" value="3"',
    ):
        assert f'<input type="hidden" {hidden}>' in html

    changed = ANSWERS.replace("commerce", "industrie")
    results = client.get(f"{FINDER}?{changed}&question=secteur").content.decode()
    assert "Question 2 sur 5" not in results and "Industrie" in results


def test_results_offer_to_ask_the_guichet_with_these_answers(client, schemes):
    html = client.get(f"{FINDER}?{ANSWERS}").content.decode()

    link = html.split(in_language("fr", "Ask the guichet with these answers", escaped=False))[0]
    href = link.rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    assert urlsplit(href).path == "/fr/guichet/"
    query = parse_qs(urlsplit(href).query)
    assert query["besoin"] == ["financement"]
    assert "Le Lorrain" in query["sujet"][0] and "Site internet" in query["sujet"][0]

    client.get(href)
    client.post("/fr/guichet/demande/entreprise/", COMPANY)
    needs = client.get("/fr/guichet/demande/besoins/").content.decode()
    assert re.search(r'value="financement"[^>]*checked', needs)
    assert "Le Lorrain" in needs
