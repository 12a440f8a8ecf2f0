"""The plan a self-diagnosis suggests: only for weak dimensions, and only what really matches."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Locale

from catalogue.models import CatalogueIndexPage
from financements.models import FundingGuidePage
from guichet.diagnosis.plan import suggested_plan
from guichet.diagnosis.scoring import levels
from guichet.models import Diagnosis
from portail.models import EPCI, Commune
from tests.catalogue.factories import CatalogueIndexPageFactory, TrainingPageFactory
from tests.evenements.factories import EventPageFactory
from tests.financements.factories import FundingGuidePageFactory, FundingSchemePageFactory
from tests.guichet.test_diagnosis import answers_worth
from tests.label.factories import labelled
from tests.lieux.factories import PlacePageFactory

LORRAIN, FORT_DE_FRANCE = "97214", "97209"


def commune(insee_code):
    return Commune.objects.get(insee_code=insee_code)


@pytest.fixture
def offer(site_tree, reviewer):
    """For selling online: a scheme, one limited to CAP Nord, trainings, a web developer; for
    security: a scheme, a training, a host; a scheme without project types; one for industry only."""
    home = site_tree.home["fr"]
    guide = FundingGuidePageFactory(parent=home, locale=Locale.get_default())
    FundingSchemePageFactory(parent=guide, title="Chèque boutique en ligne", project_types=["e-commerce"])
    north = FundingSchemePageFactory(parent=guide, title="Aide du Nord", project_types=["e-commerce"])
    north.epcis.add(EPCI.objects.get(code="cap-nord"))
    north.save_revision().publish()
    FundingSchemePageFactory(parent=guide, title="Pass cyber", project_types=["cybersecurite"])
    FundingSchemePageFactory(parent=guide, title="Aide générale")
    FundingSchemePageFactory(
        parent=guide, title="Aide industrie", project_types=["e-commerce"], sectors=["industrie"]
    )
    catalogue = CatalogueIndexPageFactory(parent=home, locale=Locale.get_default())
    TrainingPageFactory(parent=catalogue, title="Vendre en ligne avec une boutique e-commerce", slug="vente")
    TrainingPageFactory(parent=catalogue, title="Licence e-commerce", slug="licence", audiences=["etudiants"])
    TrainingPageFactory(parent=catalogue, title="BTS vente en ligne", slug="bts", exit_level=5)
    TrainingPageFactory(
        parent=catalogue,
        title="Ma boutique en ligne en 2 jours",
        audiences=["chefs-entreprise"],
        duration_hours=14,
    )
    TrainingPageFactory(parent=catalogue, title="Cybersécurité pour les TPE", slug="cyber")
    TrainingPageFactory(parent=catalogue, title="Anglais professionnel", slug="anglais")
    labelled(reviewer, name="Boutik Web").provider.solutions.update(category="developpement")
    labelled(reviewer, name="Cyber Gad").provider.solutions.update(category="cybersecurite")
    labelled(reviewer, name="Répar'Ordi").provider.solutions.update(category="materiel")


def diagnosis_with(points: dict, *, insee_code=LORRAIN, sector="commerce") -> Diagnosis:
    answers = answers_worth(points)
    return Diagnosis.objects.create(
        answers=answers,
        levels=levels(answers),
        commune=commune(insee_code) if insee_code else None,
        sector=sector,
    )


def titles(items) -> list[str]:
    """Titles of pages, names of providers, titles of the schemes of assessments."""
    found = []
    for item in items:
        found.append(getattr(item, "title", None) or getattr(item, "name", None) or item.scheme.title)
    return found


def test_weak_selling_online_brings_its_schemes_trainings_and_providers_only(offer):
    plan = suggested_plan(diagnosis_with({"vente": 0, "paiement": 1}))

    [selling] = plan.dimensions
    assert (selling.dimension.key, selling.level) == ("selling", 1)
    assert titles(selling.schemes) == ["Aide du Nord", "Chèque boutique en ligne"]
    assert titles(selling.trainings) == [  # for business owners first, then courses before diplomas
        "Ma boutique en ligne en 2 jours",
        "Vendre en ligne avec une boutique e-commerce",
        "BTS vente en ligne",
    ]  # not the programme for students only
    assert titles(selling.providers) == ["Boutik Web"]


def test_the_schemes_come_with_the_finders_reasons(offer):
    with translation.override("en"):
        english = Locale.objects.get(language_code="en")
        plan = suggested_plan(diagnosis_with({"vente": 0, "paiement": 0}), english)

    cheque = next(a for a in plan.dimensions[0].schemes if a.scheme.title == "Chèque boutique en ligne")
    assert "Funds this kind of project: online shop." in cheque.reasons
    assert "Open to: very small business (under 10 staff)." in cheque.reasons
    assert not cheque.failures


def test_a_strong_dimension_gets_no_suggestion(offer):
    plan = suggested_plan(diagnosis_with({"sauvegarde": 0, "mots-de-passe": 0}))

    assert [item.dimension.key for item in plan.dimensions] == ["security"]
    suggested = {title for item in plan.dimensions for kind in ("schemes", "trainings", "providers")
                 for title in titles(getattr(item, kind))}  # fmt: skip
    assert suggested == {"Pass cyber", "Cybersécurité pour les TPE", "Cyber Gad"}


def test_no_weak_dimension_no_plan(offer):
    plan = suggested_plan(diagnosis_with({"site": 2, "reseaux": 1, "competences": 2}))  # levels 3, 3

    assert plan.is_empty and plan.places == [] and plan.events == []


def test_a_scheme_limited_to_an_area_or_a_sector_only_where_it_applies(offer):
    weak_selling = {"vente": 0, "paiement": 0}

    elsewhere = suggested_plan(diagnosis_with(weak_selling, insee_code=FORT_DE_FRANCE))
    unknown_commune = suggested_plan(diagnosis_with(weak_selling, insee_code=None))
    industry = suggested_plan(diagnosis_with(weak_selling, sector="industrie"))

    assert titles(elsewhere.dimensions[0].schemes) == ["Chèque boutique en ligne"]
    assert titles(unknown_commune.dimensions[0].schemes) == ["Chèque boutique en ligne"]
    assert "Aide industrie" in titles(industry.dimensions[0].schemes)


def test_places_nearest_to_the_commune_first_none_without_a_commune(offer, places, map_page):
    PlacePageFactory(parent=map_page, title="Lorrain Numérique", slug="lorrain", commune=commune(LORRAIN))

    plan = suggested_plan(diagnosis_with({"competences": 0}))
    unknown = suggested_plan(diagnosis_with({"competences": 0}, insee_code=None))

    assert titles(plan.places)[0] == "Lorrain Numérique" and len(plan.places) == 3
    assert plan.places[0].distance == 0
    assert [place.distance for place in plan.places] == sorted(place.distance for place in plan.places)
    assert unknown.places == []


def test_workshops_for_businesses_in_the_intercommunality_or_online(offer, event_index):
    soon = timezone.now() + datetime.timedelta(days=3)
    for title, kind, insee_code, audience in [
        ("Atelier réseaux sociaux au Lorrain", "atelier", LORRAIN, "entreprises"),
        ("Atelier au Lamentin", "atelier", "97213", "entreprises"),
        ("Webinaire vendre en ligne", "webinaire", "97213", "entreprises"),
        ("Atelier pour tous au Lorrain", "atelier", LORRAIN, "tous"),
        ("Rencontre acheteurs au Lorrain", "rencontre-acheteurs", LORRAIN, "entreprises"),
    ]:
        EventPageFactory(
            parent=event_index, title=title, kind=kind, commune=commune(insee_code), audiences=[audience],
            starts_at=soon,
        )  # fmt: skip

    plan = suggested_plan(diagnosis_with({"site": 0, "reseaux": 0}))
    unknown = suggested_plan(diagnosis_with({"site": 0, "reseaux": 0}, insee_code=None))

    assert set(titles(plan.events)) == {"Atelier réseaux sociaux au Lorrain", "Webinaire vendre en ligne"}
    assert set(titles(unknown.events)) == {
        "Atelier réseaux sociaux au Lorrain",
        "Atelier au Lamentin",
        "Webinaire vendre en ligne",
    }


def test_the_result_page_shows_the_plan_with_links(client, offer):
    diagnosis = diagnosis_with({"vente": 0, "paiement": 0})

    page = client.get(f"/en/guichet/diagnostic/resultat/{diagnosis.token}/").content.decode()

    assert "Chèque boutique en ligne" in page and "Funds this kind of project: online shop." in page
    assert "Vendre en ligne avec une boutique e-commerce" in page and "Boutik Web" in page
    assert "Pass cyber" not in page and "Cyber Gad" not in page
    assert "Ask an adviser with these answers" in page


def test_the_result_page_when_every_level_is_high(client, db):
    diagnosis = diagnosis_with({})

    page = client.get(f"/en/guichet/diagnostic/resultat/{diagnosis.token}/").content.decode()

    assert "You are well advanced on every topic: no suggestion." in page


def test_the_result_page_costs_the_same_queries_with_more_suggestions(client, offer, reviewer):
    diagnosis = diagnosis_with({"vente": 0, "paiement": 0})
    path = f"/en/guichet/diagnostic/resultat/{diagnosis.token}/"
    client.get(path)  # warm the site's caches
    with CaptureQueriesContext(connection) as before:
        client.get(path)
    guide = FundingGuidePage.objects.get()
    catalogue = CatalogueIndexPage.objects.get()
    for number in range(3):
        FundingSchemePageFactory(parent=guide, title=f"Aide {number}", project_types=["e-commerce"])
        TrainingPageFactory(parent=catalogue, title=f"E-commerce {number}", slug=f"ecommerce-{number}")
        labelled(reviewer, name=f"Web {number}")

    with CaptureQueriesContext(connection) as after:
        page = client.get(path).content.decode()

    assert page.count('class="reasons"') == 3 and "Aide 0" in page and "E-commerce 0" in page  # 3 at most
    assert len(after.captured_queries) == len(before.captured_queries)
