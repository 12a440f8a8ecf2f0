import logging
from io import StringIO
from pathlib import Path

import pytest

from django.core.management import call_command

from catalogue.models import TrainingPage
from search.engines.database import DatabaseEngine
from search.models import SearchEntry
from search.query import SearchQuery
from tests.catalogue.factories import TrainingPageFactory
from tests.search.conftest import titles
from tests.utils import translate

LHEO = Path(__file__).parents[1] / "catalogue" / "fixtures" / "lheo-2.3-valid.xml"


def found(text, language="fr"):
    """What matches the words exactly (on PostgreSQL, close titles come when nothing does)."""
    results = DatabaseEngine().search(SearchQuery(text, language))
    return [] if results.fuzzy else titles(results)


def test_publishing_unpublishing_and_deleting_update_the_index(catalogue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = TrainingPageFactory(parent=catalogue, title="Community manager", slug="cm", live=False)
    french_pk = page.pk
    assert found("community") == []
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert found("community") == ["Community manager"]
    assert found("community", "es") == ["Community manager"]  # not translated: shown in French

    with django_capture_on_commit_callbacks(execute=True):
        translate(page, "es", title="Gestor de comunidades", slug="gestor")
    assert found("community", "es") == []
    assert found("gestor", "es") == ["Gestor de comunidades"]
    assert found("gestor", "fr") == []

    with django_capture_on_commit_callbacks(execute=True):
        TrainingPage.objects.get(pk=french_pk).unpublish()
    assert found("community") == []
    assert found("gestor", "es") == ["Gestor de comunidades"]

    with django_capture_on_commit_callbacks(execute=True):
        TrainingPage.objects.get(locale__language_code="es").delete()
    assert SearchEntry.objects.count() == 0


def test_an_lheo_import_is_indexed_after_it_commits_in_one_job(catalogue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        call_command("import_lheo", str(LHEO), stdout=StringIO())
    imported = TrainingPage.objects.live().filter(locale__language_code="fr")
    assert imported.exists()
    assert SearchEntry.objects.filter(type="formation", locale="fr").count() == imported.count()
    assert len(callbacks) <= 3  # the import's jobs, not one job per page


def test_search_reindex_rebuilds_everything_with_a_progress_bar(corpus):
    SearchEntry.objects.all().delete()
    out = StringIO()
    call_command("search_reindex", "--engine", "database", stdout=out)
    assert "] " in out.getvalue() and "entries indexed" in out.getvalue()
    assert found("cybersecurite") == ["Technicien en cybersécurité"]
    assert SearchEntry.objects.filter(locale="en").count() == SearchEntry.objects.filter(locale="fr").count()


def test_an_unreachable_cluster_falls_back_to_the_database_and_is_logged(client, corpus, settings, caplog):
    call_command("search_reindex", "--engine", "database", stdout=StringIO())
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    with caplog.at_level(logging.ERROR, logger="search.engines"):
        response = client.get("/api/search/", {"q": "cybersécurité"})
    assert response.status_code == 200
    assert response.json()["engine"] == "database"
    assert response.json()["count"] == 1
    assert "Elasticsearch did not answer" in caplog.text
    assert client.get("/fr/recherche/", {"q": "cybersécurité"}).status_code == 200


@pytest.mark.parametrize("engine", ["solr"])
def test_search_reindex_refuses_an_unknown_engine(db, engine):
    with pytest.raises(Exception, match="invalid choice"):
        call_command("search_reindex", "--engine", engine)
