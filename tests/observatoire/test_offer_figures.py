"""Training, funding, places, events and label figures against hand-computed fixtures."""

import datetime

from django.utils import timezone

from evenements.models import Registration
from observatoire import periods
from portail.models import Commune
from tests.catalogue.factories import CatalogueIndexPageFactory, TrainingPageFactory, TrainingSessionFactory
from tests.evenements.factories import EventIndexPageFactory, EventPageFactory
from tests.financements.factories import FundingGuidePageFactory, FundingSchemePageFactory
from tests.label.factories import SolutionFactory, labelled
from tests.observatoire.conftest import at, published


def test_training_by_domain_level_epci_and_modality(site_tree):
    index = CatalogueIndexPageFactory(parent=site_tree.home["fr"])
    lorrain, lamentin = (Commune.objects.get(insee_code=code) for code in ("97214", "97213"))
    web = TrainingPageFactory(
        parent=index, domain="multimedia", exit_level=5, modality="presentiel", commune=lorrain
    )
    network = TrainingPageFactory(
        parent=index, domain="services-informatiques", exit_level=5, modality="distanciel", commune=None
    )
    TrainingPageFactory(parent=index, domain="multimedia", exit_level=3, modality="", commune=lamentin)
    TrainingPageFactory(parent=index, domain="multimedia", live=False)  # a draft
    for day in (datetime.date(2026, 4, 2), datetime.date(2026, 6, 30), datetime.date(2026, 7, 1)):
        TrainingSessionFactory(page=web, start_date=day, commune=lorrain)
    TrainingSessionFactory(page=network, start_date=datetime.date(2026, 5, 5))
    domains = dict(published("formations-domaine")["rows"])
    assert (
        domains["multimedia"] == [2, 2]
        and domains["services-informatiques"] == [1, 1]
        and domains["autre"] == [0, 0]
    )
    levels = dict(published("formations-niveau")["rows"])
    assert levels["5"] == [2, 3] and levels["3"] == [1, 0] and levels["0"] == [0, 0]
    epcis = published("formations-epci")
    assert dict(epcis["rows"]) == {
        "CACEM": [1, 0],
        "CAP Nord Martinique": [1, 2],
        "Espace Sud — CAESM": [0, 0],
        "": [1, 1],
    }
    assert epcis["total"] == [3, 3]
    assert dict(published("formations-modalite")["rows"]) == {
        "presentiel": [1, 2],
        "distanciel": [1, 1],
        "hybride": [0, 0],
        "": [1, 0],
    }


def test_funding_schemes_open_on_the_last_day_of_the_period(site_tree):
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"])
    FundingSchemePageFactory(parent=guide)  # all year: grant for TPE and PME
    FundingSchemePageFactory(
        parent=guide, permanent=False, closes_on=datetime.date(2026, 7, 15),
        help_kinds=["subvention", "pret"], beneficiaries=["tpe"],
    )  # fmt: skip
    FundingSchemePageFactory(parent=guide, permanent=False, closes_on=datetime.date(2026, 3, 1))
    FundingSchemePageFactory(parent=guide, permanent=False, opens_on=datetime.date(2026, 9, 1))
    kinds = published("dispositifs-nature")
    assert dict(kinds["rows"])["subvention"] == [2] and dict(kinds["rows"])["pret"] == [1]
    assert kinds["total"] is None  # a scheme counts in each of its kinds
    beneficiaries = dict(published("dispositifs-beneficiaire")["rows"])
    assert beneficiaries["tpe"] == [2] and beneficiaries["pme"] == [1] and beneficiaries["jeune"] == [0]


def test_places_by_epci_and_service(places):
    table = published("lieux-epci")
    assert table == {
        "rows": [["CACEM", [2]], ["CAP Nord Martinique", [0]], ["Espace Sud — CAESM", [1]]],
        "total": [3],
    }
    services = dict(published("lieux-service")["rows"])
    assert (
        services["loisirs-creation"] == [2]
        and services["acces-materiel"] == [1]
        and services["demarches"] == [1]
    )


def test_events_and_confirmed_registrations_by_audience(site_tree):
    index = EventIndexPageFactory(parent=site_tree.home["fr"])
    seniors = EventPageFactory(
        parent=index, audiences=["seniors", "tous"], starts_at=at(datetime.date(2026, 5, 4))
    )
    EventPageFactory(parent=index, audiences=["tous"], starts_at=at(datetime.date(2026, 6, 8)))
    EventPageFactory(
        parent=index, audiences=["tous"], starts_at=at(datetime.date(2026, 7, 8))
    )  # next quarter
    for number, status in enumerate(["confirmed"] * 6 + ["waiting", "cancelled"]):
        Registration.objects.create(
            event=seniors, name=f"Personne {number}", language="fr", status=status, consent_at=timezone.now()
        )
    rows = dict(published("evenements-public")["rows"])
    assert rows["seniors"] == [1, 6] and rows["tous"] == [2, 6] and rows["jeunes"] == [0, 0]


def test_labelled_providers_by_category_and_commune(reviewer):
    today = timezone.localdate()
    period = periods.quarter_of(today)
    lamentin = Commune.objects.get(insee_code="97213")
    labelled(reviewer, name="Kalbas Numérik")
    labelled(reviewer, name="Lakou Data")
    cloud = labelled(reviewer, name="Nuage Caraïbe", commune=lamentin)
    SolutionFactory(provider=cloud.provider, category="hebergement")
    labelled(reviewer, name="Bèl Imaj", today=datetime.date(2020, 1, 1))  # expired
    categories = dict(published("label-categorie", period, today)["rows"])
    assert (
        categories["developpement"] == [3]
        and categories["hebergement"] == [1]
        and categories["data-ia"] == [0]
    )
    assert published("label-commune", period, today) == {
        "rows": [["Le Lorrain", [2]], ["Le Lamentin", [1]]],
        "total": [3],
    }
