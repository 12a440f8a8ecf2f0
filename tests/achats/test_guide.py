import io

import pytest
from pypdf import PdfReader

from django.core.files.storage import default_storage
from django.utils import translation

from achats import guide
from label import services as label_services
from tests.label.factories import ProviderFactory, SolutionFactory, labelled

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(reviewer):
    """Two valid labels (one with an accented name and two categories), one revoked, one pending."""
    kalbas = labelled(reviewer, name="Kalbas Numérik", website="https://kalbas.example")
    SolutionFactory(provider=kalbas.provider, name="Kaz Sauvegarde", category="hebergement")
    lakou = labelled(reviewer, name="Lakou Data")
    revoked = labelled(reviewer, name="Répar'PC")
    label_services.transition(revoked, "revoke", user=reviewer, message="Fermé.")
    SolutionFactory(provider=ProviderFactory(name="Kòd Antiy"))
    return {"valid": [kalbas.provider, lakou.provider]}


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_pdf_contains_every_labelled_provider_and_no_other(directory):
    with translation.override("fr"):
        text = pdf_text(guide.buyers_guide_pdf())
    for provider in directory["valid"]:
        assert provider.name in text and provider.label_code in text
    assert "Répar'PC" not in text and "Kòd Antiy" not in text
    assert "40 000" in text or "40,000" in text  # the threshold without advertising
    assert "R2111-1" in text and "https://kalbas.example" in text


def test_the_stable_url_serves_the_pdf_and_builds_it_when_missing(client, directory):
    default_storage.delete(guide.guide_file_name("fr"))
    response = client.get("/fr/achats/guide/guide-acheteurs.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "Lakou Data" in pdf_text(b"".join(response.streaming_content))
    assert default_storage.exists(guide.guide_file_name("fr"))
    assert client.get("/en/purchasing/guide/guide-acheteurs.pdf").status_code == 200


def test_a_change_in_the_directory_rebuilds_the_pdfs(directory, reviewer, django_capture_on_commit_callbacks):
    guide.buyers_guide_build_all()
    with django_capture_on_commit_callbacks(execute=True):
        labelled(reviewer, name="Nuage Caraïbe")
    for language in ("fr", "en", "es"):
        with default_storage.open(guide.guide_file_name(language)) as file:
            assert "Nuage Caraïbe" in pdf_text(file.read())


def test_the_printable_page_lists_the_providers_by_category(client, directory):
    page = client.get("/fr/achats/guide/").content.decode()
    assert "Kalbas Numérik" in page and "Lakou Data" in page and "Répar&#x27;PC" not in page
    assert page.index("Kaz Sauvegarde") > page.index("Hébergement")
    assert client.get("/es/compras/guide/").status_code == 200
