"""The action plan picker: trainings, funding schemes and labelled providers found by name with what
tells namesakes apart, grouped by kind, without JavaScript; the server accepts only live French pages
of the right kind and valid labels."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

from guichet.models import ActionPlanItem
from guichet.partner import picker
from portail.models import Commune
from tests.catalogue.factories import (
    CatalogueIndexPageFactory,
    TrainingPageFactory,
    TrainingProviderFactory,
    TrainingSessionFactory,
)
from tests.financements.factories import FunderFactory, FundingGuidePageFactory, FundingSchemePageFactory
from tests.guichet.conftest import SPACE, act, detail_path
from tests.guichet.factories import AccompanimentRequestFactory
from tests.label.factories import SolutionFactory, labelled
from tests.utils import in_language

pytestmark = pytest.mark.django_db
NEXT_YEAR = timezone.localdate().year + 1


def town(name: str) -> Commune:
    return Commune.objects.get(name=name)


@pytest.fixture
def catalogue(site_tree, reviewer):
    """Two BTS NDRC in different schools (one with a session next year), a funding scheme, a labelled
    provider, and what must not be offered: an unpublished training, a training in English."""
    french = Locale.get_default()
    index = CatalogueIndexPageFactory(parent=site_tree.home["fr"], locale=french)
    acajou = TrainingProviderFactory(name="Lycée Acajou", commune=town("Le Robert"))
    schoelcher = TrainingProviderFactory(name="Lycée Schœlcher", commune=town("Fort-de-France"))
    robert = TrainingPageFactory(parent=index, title="BTS NDRC", slug="ndrc-robert", provider=acajou)
    TrainingSessionFactory(page=robert, start_date=datetime.date(NEXT_YEAR, 9, 1))
    foyal = TrainingPageFactory(parent=index, title="BTS NDRC", slug="ndrc-foyal", provider=schoelcher)
    draft = TrainingPageFactory(parent=index, title="BTS NDRC brouillon", slug="ndrc-draft", live=False)
    english = robert.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"], locale=french)
    scheme = FundingSchemePageFactory(parent=guide, title="Chèque numérique NDRC", slug="cheque")
    scheme.funders.add(FunderFactory(name="Région Martinique"))
    scheme.save()
    provider = labelled(reviewer, name="Kalbas NDRC Web", commune=town("Le François")).provider
    SolutionFactory(provider=provider, category="cybersecurite")
    unlabelled = SolutionFactory(provider__name="NDRC sans label").provider
    return {
        "robert": robert,
        "foyal": foyal,
        "draft": draft,
        "english": english,
        "scheme": scheme,
        "provider": provider,
        "unlabelled": unlabelled,
    }


@pytest.fixture
def request_(partners):
    return AccompanimentRequestFactory()


def search(client, request, query: str) -> str:
    return client.get(f"{detail_path(request)}?plan_q={query}").content.decode()


def test_a_search_lists_each_kind_with_what_tells_namesakes_apart(catalogue):
    groups = {group.field: group for group in picker.picker_groups("ndrc", {})}

    trainings = [(choice.title, choice.details) for choice in groups["trainings"].choices]
    assert trainings == [
        ("BTS NDRC", ["Lycée Acajou", "Le Robert", str(NEXT_YEAR)]),
        ("BTS NDRC", ["Lycée Schœlcher", "Fort-de-France"]),  # no session to come
    ]
    [scheme] = groups["schemes"].choices
    assert scheme.title == "Chèque numérique NDRC" and scheme.details[0] == "Région Martinique"
    [provider] = groups["providers"].choices
    assert provider.title == "Kalbas NDRC Web" and provider.details[0] == "Le François"
    assert len(provider.details) == 2 and "," in provider.details[1]  # two categories of solutions


def test_the_page_groups_the_matches_as_checkboxes(signed_adviser, request_, catalogue):
    page = search(signed_adviser, request_, "NDRC")

    assert 'BTS NDRC <span class="plan-choice__details">— Lycée Acajou, Le Robert, ' in page
    for kind in ("Trainings", "Funding schemes", "Labelled providers"):
        assert f"<legend>{in_language('fr', kind)}</legend>" in page
    for field, key in [("trainings", "robert"), ("trainings", "foyal"), ("schemes", "scheme")]:
        assert f'name="{field}" value="{catalogue[key].pk}"' in page
    assert f'name="providers" value="{catalogue["provider"].pk}"' in page
    for hidden in ("draft", "english", "unlabelled"):
        assert f'name="trainings" value="{catalogue[hidden].pk}"' not in page, hidden
        assert f'name="providers" value="{catalogue[hidden].pk}"' not in page, hidden


def test_a_training_is_also_found_by_its_providers_name(catalogue):
    [group, *_others] = picker.picker_groups("acajou", {})

    assert [choice.pk for choice in group.choices] == [catalogue["robert"].pk]


def test_too_many_matches_are_bounded_and_ask_to_refine(signed_adviser, request_, catalogue, site_tree):
    index = catalogue["robert"].get_parent()
    for n in range(picker.PER_KIND + 5):
        TrainingPageFactory(parent=index, title=f"Bureautique {n:02d}", slug=f"bureautique-{n}")

    page = search(signed_adviser, request_, "bureautique")

    assert page.count('name="trainings"') == picker.PER_KIND
    assert page.count('class="helptext plan-group__more"') == 1  # "refine your search", for trainings


def test_a_search_keeps_what_is_ticked_and_typed(signed_adviser, request_, catalogue):
    response = act(
        signed_adviser,
        request_,
        "plan",
        search="1",
        plan_q="chèque",
        trainings=[catalogue["robert"].pk],
        note="Commencez par la formation.",
    )

    page = response.content.decode()
    assert response.status_code == 200 and not ActionPlanItem.objects.exists()
    robert = catalogue["robert"].pk
    assert f'name="trainings" value="{robert}" id="plan-trainings-{robert}" checked' in page
    assert f'name="schemes" value="{catalogue["scheme"].pk}"' in page  # the new search
    assert "Commencez par la formation.</textarea>" in page


def test_the_plan_is_sent_with_the_chosen_items(signed_adviser, request_, catalogue):
    response = act(
        signed_adviser,
        request_,
        "plan",
        trainings=[catalogue["foyal"].pk],
        schemes=[catalogue["scheme"].pk],
        providers=[catalogue["provider"].pk],
    )

    assert response.status_code == 302 and response["Location"] == detail_path(request_)
    assert list(request_.action_plan.values_list("kind", "title", "page")) == [
        ("financement", "Chèque numérique NDRC", catalogue["scheme"].pk),
        ("formation", "BTS NDRC", catalogue["foyal"].pk),
        ("prestataire", "Kalbas NDRC Web", None),
    ]


@pytest.mark.parametrize(
    ("field", "key"),
    [
        ("trainings", "draft"),  # not live
        ("trainings", "english"),  # a translation: the French page is the one recommended
        ("trainings", "scheme"),  # a page of another kind
        ("schemes", "robert"),
        ("providers", "unlabelled"),  # no valid label
    ],
)
def test_only_live_items_of_the_right_kind_are_accepted(signed_adviser, request_, catalogue, field, key):
    response = act(signed_adviser, request_, "plan", **{field: [catalogue[key].pk]}, note="Voir ci-dessous")

    assert response.status_code == 400 and not ActionPlanItem.objects.exists()
    assert (
        'id="errors"' in response.content.decode()
        and "Voir ci-dessous</textarea>" in response.content.decode()
    )


@pytest.mark.parametrize("value", ["abc", "999999", "-1"])
def test_made_up_ids_are_refused(signed_adviser, request_, catalogue, value):
    response = act(signed_adviser, request_, "plan", trainings=[value])

    assert response.status_code == 400 and not ActionPlanItem.objects.exists()


def test_another_partners_request_has_no_picker(signed_adviser, partners, catalogue):
    theirs = AccompanimentRequestFactory(partner=partners["cacem"])

    assert signed_adviser.get(f"{detail_path(theirs)}?plan_q=ndrc").status_code == 404
    assert act(signed_adviser, theirs, "plan", search="1", plan_q="ndrc").status_code == 404
    assert act(signed_adviser, theirs, "plan", trainings=[catalogue["robert"].pk]).status_code == 404
    assert not ActionPlanItem.objects.exists()


def test_a_short_query_asks_for_more_letters(signed_adviser, request_, catalogue):
    page = search(signed_adviser, request_, "n")

    assert 'name="trainings"' not in page and 'name="plan_q"' in page


def test_the_picker_reads_a_bounded_number_of_queries(catalogue):
    index = catalogue["robert"].get_parent()

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            picker.picker_groups("ndrc", {"trainings": [catalogue["robert"].pk], "providers": [1, 2]})
        return len(captured)

    before = count()
    for n in range(30):
        TrainingSessionFactory(page=TrainingPageFactory(parent=index, title=f"NDRC {n}", slug=f"ndrc-{n}"))

    assert count() == before <= 10


def test_the_space_links_to_the_picker_page(signed_adviser, request_):
    assert (
        f'action="{SPACE}demandes/{request_.reference}/plan/#action-plan"'
        in signed_adviser.get(detail_path(request_)).content.decode()
    )


def test_a_link_without_a_title_is_explained_not_dropped(signed_adviser, request_, site_tree):
    response = act(signed_adviser, request_, "plan", other_url="https://cyberbase.example")

    assert response.status_code == 400 and not ActionPlanItem.objects.exists()
    page = response.content.decode()
    assert 'href="#id_other_title"' in page and 'value="https://cyberbase.example"' in page
