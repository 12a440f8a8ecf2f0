"""The captcha of public forms, which a blind person can pass on the page itself (docs/accounts.md#captcha).

django-simple-captcha draws an arithmetic challenge ("3*4="). Beside the image, the widget offers:
- the challenge spoken (django-simple-captcha's audio, made by `flite` when it is installed);
- the same challenge written as a sentence in the page's language ("What is three times four?"),
  under « I cannot see the image » (a `<details>`: no JavaScript, no reload, nothing typed is lost).
The answer is accepted in digits or in words, in French, English or Spanish ("12", "douze").
Signed-in people, mediators among them, are never asked (`CaptchaForVisitorsMixin`).
"""

import re
import unicodedata

from captcha.fields import CaptchaField, CaptchaTextInput
from captcha.models import CaptchaStore

from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
)
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety"
FR_UNITS = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
FR_TENS = "_ _ vingt trente quarante cinquante soixante"
ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco "
    "veintiséis veintisiete veintiocho veintinueve"
)
ES_TENS = "_ _ _ treinta cuarenta cincuenta sesenta setenta ochenta noventa"
HIGHEST = 100  # math_challenge: two numbers from 1 to 10, added, subtracted or multiplied


def _word(words: str, n: int) -> str:
    return words.split()[n]


def _english(n: int) -> str:
    if n < 20:
        return _word(EN_UNITS, n)
    if n == HIGHEST:
        return "one hundred"
    return _word(EN_TENS, n // 10) + (f"-{_word(EN_UNITS, n % 10)}" if n % 10 else "")


def _french(n: int) -> str:
    if n <= 16:
        return _word(FR_UNITS, n)
    if n < 20:
        return f"dix-{_word(FR_UNITS, n - 10)}"
    if n == HIGHEST:
        return "cent"
    if n >= 80:
        rest = n - 80
        return "quatre-vingts" if rest == 0 else f"quatre-vingt-{_french(rest)}"
    tens, rest = (6, n - 60) if n >= 60 else divmod(n, 10)
    if rest == 0:
        return _word(FR_TENS, tens)
    joiner = " et " if rest in (1, 11) else "-"
    return f"{_word(FR_TENS, tens)}{joiner}{_french(rest)}"


def _spanish(n: int) -> str:
    if n < 30:
        return _word(ES_UNITS, n)
    if n == HIGHEST:
        return "cien"
    return _word(ES_TENS, n // 10) + (f" y {_word(ES_UNITS, n % 10)}" if n % 10 else "")


NUMBER_WORDS = {"en": _english, "fr": _french, "es": _spanish}


def number_in_words(n: int, language: str) -> str:
    return NUMBER_WORDS.get(language, _french)(n)


def _plain(text: str) -> str:
    """Lower case, no accents, hyphens and repeated spaces as one space, no end punctuation."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[-‐–_.,;:!?]", " ", text).split())


ANSWERS_IN_WORDS = {
    _plain(spelling(n)): str(n) for spelling in NUMBER_WORDS.values() for n in range(HIGHEST + 1)
} | {"quatre vingt": "80", "hundred": "100", "a hundred": "100", "ciento": "100"}


def answer_as_digits(text: str) -> str:
    """'douze', 'Twelve', 'doce' or ' 12 ' → '12'; anything else is returned as typed."""
    plain = _plain(text or "")
    if plain.isdigit():
        return str(int(plain))
    return ANSWERS_IN_WORDS.get(plain, text)


def question_in_words(challenge: str, language: str) -> str:
    """django-simple-captcha's math challenge ('3*4=') as a sentence in `language`."""
    first, operator, second = re.fullmatch(r"(\d+)\s*([-+*])\s*(\d+)=?", challenge).groups()
    numbers = {
        "first": number_in_words(int(first), language),
        "second": number_in_words(int(second), language),
    }
    sentences = {
        "+": _("What is %(first)s plus %(second)s?"),
        "-": _("What is %(first)s minus %(second)s?"),
        "*": _("What is %(first)s times %(second)s?"),
    }
    return sentences[operator] % numbers


class CaptchaInput(CaptchaTextInput):
    """The image, the spoken challenge when `flite` is installed, the challenge in words, the answer box
    (tied to the field's help text)."""

    template_name = "captcha/widgets/captcha.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        answer = context["widget"]["subwidgets"][-1]["attrs"]
        answer["aria-describedby"] = f"{attrs['id']}_helptext"
        challenge = CaptchaStore.objects.filter(hashkey=self._key).values_list("challenge", flat=True).first()
        context["question"] = question_in_words(challenge, get_language() or "fr") if challenge else ""
        return context


class PublicFormCaptchaField(CaptchaField):
    """The captcha of public forms: put it last, after the fields people came to fill in."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", gettext_lazy("Anti-spam check"))
        kwargs.setdefault(
            "help_text",
            gettext_lazy(
                "Type the result of the calculation, in digits or in words. Cannot see the image? Listen "
                "to it, or open « I cannot see the image »: the calculation is written there in words."
            ),
        )
        kwargs.setdefault("widget", CaptchaInput())
        super().__init__(**kwargs)

    def clean(self, value):
        if value and len(value) == 2:
            value = [value[0], answer_as_digits(value[1])]
        return super().clean(value)


class CaptchaForVisitorsMixin:
    """For forms with a `captcha`: signed-in people (mediators among them) are not asked for one; they
    proved who they are when they made their account."""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            del self.fields["captcha"]
