"""Free-text limits are shown and validated, with the text kept: never cut silently."""

import pytest

from django.utils import translation

from evenements.forms import RegistrationForm
from guichet.forms import NeedsForm, ReplyForm
from label.forms import ProviderForm, SolutionForm
from lieux.forms import CorrectionForm
from tests.guichet.conftest import COMPANY
from tests.utils import in_language

pytestmark = pytest.mark.django_db

LONG = ("Nous voulons vendre nos confitures en ligne. " * 230)[:10000]


def test_the_description_limit_is_shown_and_no_browser_cuts_a_paste(client, site_tree):
    client.post("/en/guichet/demande/entreprise/", COMPANY)
    html = client.get("/en/guichet/demande/besoins/").content.decode()

    assert "2,000 characters at most." in html
    assert 'data-maxlength="2000"' in html
    assert 'maxlength="2000"' not in html.replace('data-maxlength="2000"', "")
    assert "js/character-count.js" in html


def test_a_too_long_description_is_refused_with_the_text_kept(client, site_tree):
    client.post("/fr/guichet/demande/entreprise/", COMPANY)

    response = client.post("/fr/guichet/demande/besoins/", {"needs": ["site-web"], "description": LONG})
    html = response.content.decode()

    assert response.status_code == 200  # the step again, not the next one
    error = in_language(
        "fr", "Shorten this text to %(limit_value)s characters at most: it has %(show_value)s."
    )
    assert error % {"limit_value": 2000, "show_value": 10000} in html
    assert LONG in html
    assert 'aria-invalid="true"' in html
    assert client.get("/fr/guichet/demande/contact/").status_code == 302  # back to the needs step


@pytest.mark.parametrize(
    "form_class, field, limit",
    [
        (NeedsForm, "description", 2000),
        (ReplyForm, "message", 4000),
        (CorrectionForm, "message", 2000),
        (RegistrationForm, "accessibility_needs", 600),
        (ProviderForm, "description", 2000),
        (SolutionForm, "references", None),
    ],
)
def test_every_public_free_text_shows_and_validates_its_limit(form_class, field, limit):
    form = form_class(data={field: "x" * 10000})
    limit = limit or form.fields[field].max_length

    with translation.override("en"):
        assert f"{limit:,} characters at most." in str(form.fields[field].help_text)
    assert "maxlength" not in form.fields[field].widget.attrs
    assert not form.is_valid() and field in form.errors
