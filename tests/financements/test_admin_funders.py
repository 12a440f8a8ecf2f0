"""Editors tick the funders of the page's language (a short list, not 39 entries in three
languages) and add a missing one."""

import re

import pytest

from django.utils.html import escape

from wagtail.models import Locale

from financements.models import Funder, FundingSchemePage
from tests.financements.factories import FunderFactory, FundingSchemePageFactory
from tests.utils import signed_in, staff, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def funders():
    ademe = FunderFactory(name="ADEME")
    english = ademe.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "ADEME (en)"
    english.save()
    return {"fr": ademe, "en": english, "other": FunderFactory(name="Bpifrance")}


@pytest.fixture
def editor_client(client):
    return signed_in(client, staff(groups=["Editors"]))


def checkbox(html: str, pk: int) -> str:
    return re.search(rf'<input[^>]*name="funders"[^>]*value="{pk}"[^>]*>', html).group(0)


def funder_inputs(html: str) -> int:
    return html.count('name="funders"')


def test_the_form_lists_the_funders_of_the_pages_language_as_checkboxes(editor_client, guide, funders):
    html = editor_client.get(f"/admin/pages/add/financements/fundingschemepage/{guide.pk}/").content.decode()

    assert '<select name="funders"' not in html and funder_inputs(html) == 2
    assert 'type="checkbox" name="funders"' in html
    assert "ADEME (en)" not in html and "Bpifrance" in html
    assert "/admin/snippets/financements/funder/add/?locale=fr" in html  # add a missing one


def test_a_funder_of_another_language_is_refused(editor_client, guide, funders):
    scheme = FundingSchemePageFactory(parent=guide, title="Aide verte")
    response = editor_client.post(
        f"/admin/pages/{scheme.pk}/edit/",
        {
            "title": scheme.title,
            "slug": scheme.slug,
            "summary": "Résumé",
            "funders": [funders["en"].pk],
            "checklist-count": "0",  # the documents' StreamField, as the admin's form sends it
        },
    )
    assert response.status_code == 200
    assert not FundingSchemePage.objects.get(pk=scheme.pk).funders.exists()


def test_a_translation_shows_the_translated_funders_ticked(editor_client, guide, funders):
    scheme = FundingSchemePageFactory(parent=guide, title="Aide verte")
    scheme.funders.add(funders["fr"])
    scheme.save_revision().publish()
    english_guide = guide.get_translation(Locale.objects.get(language_code="en"))
    english = translate(scheme, "en", title="Green aid", slug="green-aid")

    html = editor_client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    assert english.get_parent().pk == english_guide.pk
    assert "checked" in checkbox(html, funders["en"].pk)  # the French page's funder, in English
    assert escape("ADEME (en)") in html and "Bpifrance" not in html


def test_editors_add_a_funder(editor_client):
    form = editor_client.get("/admin/snippets/financements/funder/add/?locale=fr")
    assert form.status_code == 200
    editor_client.post(
        "/admin/snippets/financements/funder/add/?locale=fr",
        {"name": "Office de l'eau", "kind": "ctm", "website": ""},
    )
    assert Funder.objects.filter(name="Office de l'eau").exists()
