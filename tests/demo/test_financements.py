from io import StringIO

import pytest

from django.core.management import call_command
from django.utils import translation

from demo import financements as demo_financements
from financements.models import Funder, FundingGuidePage, FundingSchemePage
from guichet.models import AccompanimentRequest

pytestmark = pytest.mark.django_db


def test_the_demo_funding_guide(client, db):
    """One load of the demo, then the funding guide's content, drafts and pages in three languages."""
    call_command("load_demo", "--force", stdout=StringIO())

    assert FundingGuidePage.objects.live().count() == 3
    assert FundingSchemePage.objects.live().filter(locale__language_code="fr").count() >= 12
    translated = sum(item["translated"] for item in demo_financements.SCHEMES)
    for language in ("en", "es"):
        assert (
            FundingSchemePage.objects.live().filter(locale__language_code=language).count() == translated >= 6
        )
        assert Funder.objects.filter(locale__language_code=language).count() == len(demo_financements.FUNDERS)

    # Past calls whose dates the sources do not give wait, as drafts, for an editor.
    undated = [
        i for i in demo_financements.SCHEMES if not (i["permanent"] or i["opens_on"] or i["closes_on"])
    ]
    drafts = FundingSchemePage.objects.filter(live=False)
    assert sorted(drafts.values_list("title", flat=True)) == sorted(i["title"].fr for i in undated)

    for language, path in [("fr", "/fr/"), ("en", "/en/"), ("es", "/es/")]:
        guide = FundingGuidePage.objects.get(locale__language_code=language)
        assert f'href="{guide.url}"' in client.get(path).content.decode()  # the home's funding journey
        assert client.get(guide.url).status_code == 200
        with translation.override(language):
            assert client.get(guide.url + guide.reverse_subpage("finder")).status_code == 200

    for scheme in FundingSchemePage.objects.live():
        assert client.get(scheme.url).status_code == 200, scheme.url

    # The documents to prepare, translated with the rest of the page.
    french = FundingSchemePage.objects.get(slug="prets-bpifrance")
    loans = FundingSchemePage.objects.filter(translation_key=french.translation_key)
    checklists = {page.locale.language_code: [b.value["title"] for b in page.checklist] for page in loans}
    assert checklists["en"][1] == "ID of the company’s manager" and len(checklists["fr"]) == 6
    assert checklists["es"][1] == "Documento de identidad del gerente"
    farm = AccompanimentRequest.objects.get(
        company_name="Jardin Bio de Basse-Pointe"
    )  # a request about a scheme
    assert farm.scheme.slug == "mofwazaj-dijital"
    assert [document.ready for document in farm.documents.all()] == [True, True, False, False]
