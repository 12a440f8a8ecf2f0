"""The captcha of public forms: an image, the same calculation spoken (flite) and written in words in the
page's language, answers in digits or words; signed-in people are not asked."""

import re
import shutil

import pytest
from captcha.conf import settings as captcha_settings
from captcha.models import CaptchaStore

from django.utils.html import escape

from portail.captcha import answer_as_digits, number_in_words, question_in_words
from portail.models import User
from tests.utils import in_language

pytestmark = pytest.mark.django_db

PASSWORD = "Zouk-Lorrain-2026"
SIGNUP = {"email": "lea.marie@example.org", "password1": PASSWORD, "password2": PASSWORD}


@pytest.fixture
def real_captcha(monkeypatch):
    """The captcha as visitors meet it: the tests' "PASSED" is refused."""
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", False)


def shown_challenge(response) -> CaptchaStore:
    key = re.search(r'name="captcha_0" value="(\w+)"', response.content.decode()).group(1)
    return CaptchaStore.objects.get(hashkey=key)


@pytest.mark.parametrize(
    ("text", "digits"),
    [("douze", "12"), ("Twelve", "12"), ("doce", "12"), (" 12 ", "12"), ("soixante et onze", "71")]
    + [("Quatre-vingts", "80"), ("veintidós", "22"), ("forty-two", "42"), ("cien", "100"), ("xyz", "xyz")],
)
def test_an_answer_in_words_counts_as_digits(text, digits):
    assert answer_as_digits(text) == digits


def test_every_possible_answer_reads_back_in_each_language():
    for language in ("fr", "en", "es"):
        assert all(answer_as_digits(number_in_words(n, language)) == str(n) for n in range(101))


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_calculation_is_written_in_words_in_the_pages_language(client, site_tree, language):
    response = client.get(f"/{language}/accounts/signup/")

    html = response.content.decode()
    challenge = shown_challenge(response).challenge
    assert in_language(language, "I cannot see the image", escaped=False) in html
    assert escape(question_in_words(challenge, language)) in html
    first = number_in_words(int(re.match(r"\d+", challenge).group()), language)
    assert escape(first) in html


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_answer_in_words_of_the_pages_language_passes(client, site_tree, real_captcha, language):
    store = shown_challenge(client.get(f"/{language}/accounts/signup/"))

    answer = number_in_words(int(store.response), language)
    response = client.post(
        f"/{language}/accounts/signup/", {**SIGNUP, "captcha_0": store.hashkey, "captcha_1": answer}
    )

    assert response.status_code == 302
    assert User.objects.filter(email=SIGNUP["email"]).exists()


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_a_wrong_answer_is_refused_and_keeps_what_was_typed(client, site_tree, real_captcha, language):
    store = shown_challenge(client.get(f"/{language}/accounts/signup/"))

    wrong = number_in_words(int(store.response) + 1, language)
    response = client.post(
        f"/{language}/accounts/signup/", {**SIGNUP, "captcha_0": store.hashkey, "captcha_1": wrong}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert not User.objects.exists()
    assert f'value="{SIGNUP["email"]}"' in html
    assert shown_challenge(response).hashkey != store.hashkey  # a new calculation to answer


def test_the_calculation_is_spoken_on_the_page(client, site_tree):
    assert shutil.which("flite"), "the Debian package flite speaks the captcha (.ci/run installs it)"
    response = client.get("/fr/accounts/signup/")

    audio = re.search(r'<audio controls preload="none" src="([^"]+)"', response.content.decode()).group(1)
    spoken = client.get(audio)

    assert audio == f"/captcha/audio/{shown_challenge(response).hashkey}.wav"
    assert spoken.status_code == 200
    assert spoken["Content-Type"] == "audio/wav"
    assert b"".join(spoken.streaming_content)[:4] == b"RIFF"
