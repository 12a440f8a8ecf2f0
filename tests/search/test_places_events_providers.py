"""Places, events and labelled providers in the search, through the same engine as the rest."""

import datetime

import pytest

from django.utils import timezone

from label import services as label_services
from search.engines.database import DatabaseEngine
from search.indexing import rebuild
from tests.evenements.factories import EventPageFactory
from tests.label.factories import SolutionFactory, labelled
from tests.search.conftest import counts, run, titles


@pytest.fixture
def engine(db):
    return DatabaseEngine()


def test_places_are_found_with_their_services_kinds_and_commune(places, engine):
    rebuild("database")

    results = run(engine, text="sphere", language="fr")
    assert titles(results) == ["La Sphère 972"]
    assert results.hits[0].type == "lieu"

    fablabs = run(engine, filters={"type": ["lieu"], "categorie": ["fablab"]})
    assert sorted(titles(fablabs)) == ["La Sphère 972", "VANLAB"]
    assert counts(fablabs, "service")["loisirs-creation"] == 2
    labels = {value.value: value.label for value in fablabs.facets["categorie"]}
    assert labels["fablab"] == "Fablab"

    lamentin = run(engine, filters={"type": ["lieu"], "commune": ["97213"]})
    assert titles(lamentin) == ["La Sphère 972"]


def test_place_labels_follow_the_reader_language(places, engine):
    rebuild("database")

    results = run(engine, filters={"type": ["lieu"]}, language="es")
    labels = {value.value: value.label for value in results.facets["service"]}
    assert labels["demarches"] != "Help with online paperwork"  # Spanish, not the English source
    assert {hit.locale for hit in results.hits} <= {"fr", "en", "es"}


def test_upcoming_events_are_found_and_past_ones_are_not(event_index, engine):
    soon = timezone.now() + datetime.timedelta(days=3)
    EventPageFactory(parent=event_index, title="Atelier cybersécurité pour les TPE", starts_at=soon)
    past = timezone.now() - datetime.timedelta(days=3)
    EventPageFactory(parent=event_index, title="Atelier passé sur la cybersécurité", starts_at=past)
    rebuild("database")

    results = run(engine, text="cybersecurite", filters={"type": ["evenement"]})

    assert titles(results) == ["Atelier cybersécurité pour les TPE"]
    assert results.hits[0].next_date == timezone.localdate(soon)


def test_only_providers_with_a_valid_label_are_found(reviewer, engine, django_capture_on_commit_callbacks):
    hosted = labelled(reviewer, name="Caraïbes Cloud", description="Hébergement de données en Martinique.")
    SolutionFactory(provider=hosted.provider, category="hebergement", name="Cloud souverain")
    revoked = labelled(reviewer, name="Ancien Prestataire", description="Hébergement et sauvegarde.")
    rebuild("database")
    assert sorted(titles(run(engine, text="hebergement", filters={"type": ["prestataire"]}))) == [
        "Ancien Prestataire",
        "Caraïbes Cloud",
    ]

    with django_capture_on_commit_callbacks(execute=True):
        label_services.transition(revoked, "revoke", user=reviewer, message="Siège hors de Martinique.")

    results = run(engine, text="hebergement", filters={"type": ["prestataire"]})
    assert titles(results) == ["Caraïbes Cloud"]  # re-indexed by the job the revocation queued
    assert counts(results, "categorie") == {"developpement": 1, "hebergement": 1}
    assert results.hits[0].url.startswith("/fr/label/#provider-")


def test_a_provider_without_an_english_description_is_shown_in_french(reviewer, engine):
    labelled(reviewer, name="Lakou Dev", description="Applications mobiles pour les TPE.")
    rebuild("database")

    hit = run(engine, text="Lakou", language="en").hits[0]

    assert (hit.locale, hit.url) == ("fr", hit.url.replace("/fr/", "/en/"))


def test_solutions_of_every_provider_are_found_and_follow_a_renamed_provider(
    reviewer, engine, django_capture_on_commit_callbacks
):
    unlabelled = SolutionFactory(name="Caisse enregistreuse créole", category="developpement").provider
    rebuild("database")
    results = run(engine, text="caisse", filters={"type": ["solution"]})
    assert titles(results) == [f"Caisse enregistreuse créole ({unlabelled.name})"]
    assert run(engine, text="caisse", filters={"type": ["prestataire"]}).hits == []  # no label

    unlabelled.name = "Kaz Logiciels"
    with django_capture_on_commit_callbacks(execute=True):
        unlabelled.save()
    assert titles(run(engine, text="caisse", filters={"type": ["solution"]})) == [
        "Caisse enregistreuse créole (Kaz Logiciels)"
    ]
