from io import StringIO

import pytest

from django.core.management import call_command

from financements import demo_content
from financements.models import Funder, FundingGuidePage, FundingSchemePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", "--force", stdout=StringIO())


def test_the_demo_guide_has_real_schemes_in_three_languages(demo):
    assert FundingGuidePage.objects.live().count() == 3
    assert FundingSchemePage.objects.live().filter(locale__language_code="fr").count() >= 12
    translated = sum(item["translated"] for item in demo_content.SCHEMES)
    for language in ("en", "es"):
        assert (
            FundingSchemePage.objects.live().filter(locale__language_code=language).count() == translated >= 6
        )
        assert Funder.objects.filter(locale__language_code=language).count() == len(demo_content.FUNDERS)


def test_past_calls_without_dates_wait_for_an_editor(demo):
    undated = [i for i in demo_content.SCHEMES if not (i["permanent"] or i["opens_on"] or i["closes_on"])]
    drafts = FundingSchemePage.objects.filter(live=False)
    assert sorted(drafts.values_list("title", flat=True)) == sorted(i["title"].fr for i in undated)


def test_the_funding_journey_leads_to_the_guide_in_each_language(client, demo):
    for language, path in [("fr", "/fr/"), ("en", "/en/"), ("es", "/es/")]:
        guide = FundingGuidePage.objects.get(locale__language_code=language)
        assert f'href="{guide.url}"' in client.get(path).content.decode()
        assert client.get(guide.url).status_code == 200
        assert client.get(f"{guide.url}trouver/").status_code == 200


def test_every_demo_scheme_page_renders(client, demo):
    for scheme in FundingSchemePage.objects.live():
        assert client.get(scheme.url).status_code == 200, scheme.url
