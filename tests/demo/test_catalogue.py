import collections

import pytest

from django.db import transaction

from catalogue.models import CatalogueIndexPage, TrainingPage, TrainingProvider, TrainingSession
from demo import catalogue as demo
from demo.catalogue import TRANSLATED_PROGRAMMES
from demo.financements import demo_load as financements_demo_load
from demo.site import demo_load as portail_demo_load
from search.indexing import rebuild
from tests.catalogue import in_french, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_catalogue(django_db_setup, django_db_blocker):
    """The demo loaded once for the module (it takes seconds), rolled back after its tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        assert portail_demo_load()
        assert financements_demo_load()
        loaded = demo.demo_load()
        rebuild("database")  # the search demo loader, last in demo.loader.LOADERS
        yield loaded
        transaction.set_rollback(True)


@pytest.fixture
def french_programmes(demo_catalogue) -> list[TrainingPage]:
    """The French programmes in the order of demo/data/training_offer.json."""
    return list(TrainingPage.objects.filter(locale__language_code="fr").order_by("path"))


def test_the_demo_loads_once(demo_catalogue):
    assert demo_catalogue is True
    assert demo.demo_load() is False
    assert CatalogueIndexPage.objects.count() == 3  # French, English, Spanish


def test_the_demo_has_the_110_programmes_of_the_report(demo_catalogue, french_programmes):
    assert len(french_programmes) == len(demo.programmes_data()) == 110
    assert all(page.live for page in french_programmes)
    assert [page.title for page in french_programmes] == [item["intitule"] for item in demo.programmes_data()]


def test_providers_are_not_duplicated(demo_catalogue):
    names = list(TrainingProvider.objects.values_list("name", flat=True))

    assert len(names) == 36  # 37 spellings in the report; "Parallèle 14 / AWITEC" is Parallèle 14's
    assert [name for name, count in collections.Counter(names).items() if count > 1] == []
    assert len({" ".join(name.casefold().split()) for name in names}) == len(names)
    assert (
        TrainingPage.objects.filter(provider__name="ISCA Business School", locale__language_code="fr").count()
        == 10
    )


def test_a_quarter_of_the_programmes_are_translated(demo_catalogue):
    for language in ("en", "es"):
        translated = TrainingPage.objects.live().filter(locale__language_code=language)
        assert translated.count() == len(TRANSLATED_PROGRAMMES) >= 20


def test_facts_are_those_of_the_report(demo_catalogue, french_programmes):
    data = demo.programmes_data()
    pages = dict(enumerate(french_programmes))

    bac = pages[0]  # niveau "bac", no place
    assert (bac.title, bac.exit_level) == (data[0]["intitule"], 4)
    assert bac.certification_name == "Baccalauréat technologique"
    assert bac.certification_type == "diplome"
    assert (bac.commune, bac.place_name) == (None, "")
    assert bac.provider.name == "Académie de Martinique – Lycée Joseph Gaillard"

    bts = pages[3]  # "bac+2", work-study
    assert (bts.title, bts.exit_level, bts.certification_name) == (
        "BTS Gestion des systèmes d'information",
        5,
        "BTS",
    )
    assert bts.rhythms == ["alternance"]

    guadeloupe = pages[8]  # "bac+5" in Pointe-à-Pitre
    assert (guadeloupe.exit_level, guadeloupe.place_name, guadeloupe.region) == (
        7,
        "Pointe-à-Pitre (Guadeloupe)",
        "guadeloupe",
    )

    fibre = pages[40]  # "infra-bac", and a certification the catalogue cannot classify
    assert fibre.exit_level == 3
    assert (fibre.certification_name, fibre.certification_type) == ("Titre professionnel / CQP", "")

    unknown = pages[30]  # the report gives neither level nor certification
    assert data[30]["niveau"] is None and data[30]["certification"] is None
    assert (unknown.exit_level, unknown.entry_level) == (None, None)
    assert (unknown.certification_name, unknown.certification_type) == ("", "")
    assert (unknown.duration_hours, unknown.cost_eur, unknown.modality) == (None, None, "")
    assert unknown.rhythm_note == "Modulable"

    saint_pierre = pages[45]
    assert saint_pierre.commune.name == "Saint-Pierre"
    assert saint_pierre.region == "martinique"

    online = pages[96]  # ["apprentissage", "en ligne"]
    assert (online.modality, online.rhythms) == ("distanciel", ["apprentissage"])

    joint = pages[77]  # "Parallèle 14 / AWITEC"
    assert joint.provider.name == "Parallèle 14"
    assert "AWITEC" in joint.summary


def test_demo_sessions_are_marked_and_shown_as_examples(client, demo_catalogue, french_programmes):
    sessions = TrainingSession.objects.all()
    with_sessions = [number for number, page in enumerate(french_programmes) if page.sessions.exists()]

    assert sessions.exists()
    assert not sessions.filter(is_demo=False).exists()
    assert with_sessions == sorted(demo.DEMO_SESSIONS)

    page = client.get(french_programmes[11].url).content.decode()
    assert in_french("example (demo data)") in page
    english = TrainingPage.objects.get(
        translation_key=french_programmes[3].translation_key, locale__language_code="en"
    )
    assert "example (demo data)" in client.get(english.url).content.decode()


def test_the_demo_catalogue_answers_in_three_languages(client, demo_catalogue):
    for index in CatalogueIndexPage.objects.all():
        response = client.get(index.url)
        assert response.status_code == 200
        assert len(titles(response.content.decode())) == 20
    for programme in TrainingPage.objects.live().exclude(locale__language_code="fr"):
        assert client.get(programme.url).status_code == 200, programme.url


def test_every_provider_has_a_place_with_its_source(demo_catalogue):
    providers = list(TrainingProvider.objects.all())
    assert all(provider.place_label and provider.place_source for provider in providers)
    assert sum(provider.commune_id is not None for provider in providers) == 33  # 3 in Guadeloupe
    assert {p.region for p in providers if not p.commune_id} == {"guadeloupe"}


def test_four_programmes_in_five_have_a_place_or_are_taught_at_a_distance(demo_catalogue, french_programmes):
    placed = [
        page
        for page in french_programmes
        if page.commune_id or page.place_name or page.provider.place_label or page.modality == "distanciel"
    ]
    assert len(placed) / len(french_programmes) >= 0.8


def test_from_every_commune_a_programme_is_within_25_km(client, demo_catalogue):
    from portail.models import Commune

    far = []
    for commune in Commune.objects.order_by("name"):
        page = client.get("/fr/formations/", {"commune": commune.name, "rayon": "25"}).content.decode()
        if not titles(page):
            far.append(commune.name)
    assert far == []
