"""Each funding scheme lists the documents to prepare: editors write them in the admin, translators
translate them with wagtail-localize, and the scheme's page shows them."""

import re

import pytest

from django.utils.html import escape

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from financements.models import FundingSchemePage
from financements.selectors import live_scheme, scheme_documents
from tests.financements.factories import FundingSchemePageFactory
from tests.utils import signed_in, staff

pytestmark = pytest.mark.django_db

DOCUMENTS = [
    ("Extrait Kbis ou avis de situation SIRENE", "De moins de 3 mois, sur infogreffe.fr ou sirene.fr.", True),
    ("Devis des prestataires", "", True),
    ("Attestation de régularité fiscale", "Sur impots.gouv.fr, espace professionnel.", False),
]
ENGLISH = {
    "Extrait Kbis ou avis de situation SIRENE": "Kbis extract or SIRENE notice",
    "De moins de 3 mois, sur infogreffe.fr ou sirene.fr.": "Less than 3 months old, on infogreffe.fr.",
    "Devis des prestataires": "Providers' quotes",
    "Attestation de régularité fiscale": "Tax compliance certificate",
    "Sur impots.gouv.fr, espace professionnel.": "From impots.gouv.fr, business account.",
}


def checklist(documents=DOCUMENTS):
    return [("document", {"title": t, "help_text": h, "required": r}) for t, h, r in documents]


@pytest.fixture
def scheme(guide):
    page = FundingSchemePageFactory(parent=guide, title="Mofwazaj Dijital", slug="mofwazaj-dijital")
    page.checklist = checklist()
    page.save_revision().publish()
    return FundingSchemePage.objects.get(pk=page.pk)


def translate_with_localize(page, language, table):
    """As a translator does in wagtail-localize's editor: every segment translated, then published."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language), enabled=True
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = table.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    translation.save_target(publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish()
    return FundingSchemePage.objects.get(pk=target.pk)


def documents_section(html: str) -> str:
    return re.search(r'<h2 id="documents">.*?</ul>', html, re.DOTALL).group(0)


def test_the_scheme_page_lists_the_documents_to_prepare(client, scheme):
    html = client.get("/fr/financements/mofwazaj-dijital/").content.decode()

    section = documents_section(html)
    for title, help_text, _required in DOCUMENTS:
        assert escape(title) in section
        assert escape(help_text) in section
    optional = re.findall(r"<li><strong>([^<]+)</strong> \(", section)
    assert optional == [escape("Attestation de régularité fiscale")]  # only the optional one is marked


def test_the_rich_text_details_stay_under_the_list(client, guide):
    page = FundingSchemePageFactory(
        parent=guide, slug="pret", documents="<p>Voir aussi le site de Bpifrance.</p>"
    )
    page.checklist = checklist(DOCUMENTS[:1])
    page.save_revision().publish()

    section = client.get("/fr/financements/pret/").content.decode().split('<h2 id="documents">')[1]
    assert section.index("Kbis") < section.index("Voir aussi le site de Bpifrance.")


def test_no_section_without_documents(client, guide):
    FundingSchemePageFactory(parent=guide, slug="sans-pieces").save_revision().publish()

    assert 'id="documents"' not in client.get("/fr/financements/sans-pieces/").content.decode()


def test_get_help_to_apply_names_the_scheme(client, scheme):
    html = client.get("/fr/financements/mofwazaj-dijital/").content.decode()

    assert f"/fr/guichet/?besoin=financement&amp;dispositif={scheme.pk}&amp;" in html


def test_wagtail_localize_translates_the_documents_and_keeps_their_keys(client, scheme):
    english = translate_with_localize(scheme, "en", ENGLISH)

    french_keys = [item["key"] for item in scheme_documents(scheme)]
    assert [item["key"] for item in scheme_documents(english)] == french_keys
    in_english = scheme_documents(scheme, Locale.objects.get(language_code="en"))
    assert [item["title"] for item in in_english] == [
        "Kbis extract or SIRENE notice",
        "Providers' quotes",
        "Tax compliance certificate",
    ]
    assert [item["required"] for item in in_english] == [True, True, False]  # not a text: synced
    html = client.get(english.url).content.decode()
    assert escape("Kbis extract or SIRENE notice") in documents_section(html)
    assert "Extrait Kbis" not in html


def test_an_untranslated_scheme_gives_its_documents_as_written(scheme):
    spanish = Locale.objects.get(language_code="es")

    assert [item["title"] for item in scheme_documents(scheme, spanish)] == [t for t, _h, _r in DOCUMENTS]


@pytest.mark.parametrize("value", ["", "abc", "-1", "999999", "1.5"])
def test_a_bad_scheme_id_names_no_scheme(scheme, value):
    assert live_scheme(value) is None


def test_only_a_live_scheme_is_named(scheme, guide):
    draft = FundingSchemePageFactory(parent=guide, slug="brouillon", live=False)

    assert live_scheme(str(scheme.pk)) == scheme
    assert live_scheme(str(draft.pk)) is None
    assert live_scheme(str(guide.pk)) is None  # a page, but not a scheme


def block_data(documents) -> dict:
    """The admin form's StreamField data for these documents."""
    data = {"checklist-count": str(len(documents))}
    for n, (title, help_text, required) in enumerate(documents):
        data |= {
            f"checklist-{n}-type": "document",
            f"checklist-{n}-deleted": "",
            f"checklist-{n}-order": str(n),
            f"checklist-{n}-id": "",
            f"checklist-{n}-value-title": title,
            f"checklist-{n}-value-help_text": help_text,
        }
        if required:
            data[f"checklist-{n}-value-required"] = "on"
    return data


def test_editors_write_the_documents_in_the_admin(client, guide):
    page = FundingSchemePageFactory(parent=guide, slug="aide-verte", title="Aide verte")
    editor = signed_in(client, staff(groups=["Editors"]))

    assert editor.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    edit = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "help_kinds": ["subvention"],
        "beneficiaries": ["tpe"],
        "eligibility": '{"blocks":[{"key":"a","text":"Entreprises.","type":"unstyled","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "how_to_apply": '{"blocks":[{"key":"b","text":"Déposez.","type":"unstyled","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "permanent": "on",
        **block_data([("Relevé d'identité bancaire (RIB)", "Au nom de l'entreprise.", True)]),
    }
    response = editor.post(f"/admin/pages/{page.pk}/edit/", edit)

    assert response.status_code == 302, response.content.decode()[:3000]
    saved = FundingSchemePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [(b.value["title"], b.value["help_text"], b.value["required"]) for b in saved.checklist] == [
        ("Relevé d'identité bancaire (RIB)", "Au nom de l'entreprise.", True)
    ]
