"""An editor's publish is in the lists at once, whatever the workers' backlog; what waits is shown."""

import pytest

from django.contrib.messages import get_messages

from financements.models import FundingSchemePage
from search import indexing
from search.models import PendingIndexing, SearchEntry
from tests.financements.factories import FundingSchemePageFactory as FundingSchemeFactory
from tests.utils import in_language, signed_in, staff

pytestmark = pytest.mark.django_db

LAG_MESSAGE = in_language(  # the admin speaks French to accounts without a language of their own
    "fr",
    "The search and the lists of the site do not show this page's last change yet: "
    "their update is waiting in the background jobs (usually a few minutes).",
    escaped=False,
)


@pytest.fixture
def queued(monkeypatch):
    """The jobs queued for the worker (not run: as with a long backlog)."""
    jobs = []
    monkeypatch.setattr(indexing, "async_task", lambda *args: jobs.append(args))
    return jobs


def titles(locale="fr"):
    return set(SearchEntry.objects.filter(locale=locale, type="financement").values_list("title", flat=True))


def test_a_published_change_is_indexed_in_the_request_not_by_the_worker(
    guide, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        scheme = FundingSchemeFactory(parent=guide, title="Chèque numérique Lorrain")
    assert "Chèque numérique Lorrain" in titles() and "Chèque numérique Lorrain" in titles("en")
    with django_capture_on_commit_callbacks(execute=True):
        scheme.title = "Chèque numérique du Nord"
        scheme.save_revision().publish()
    assert "Chèque numérique du Nord" in titles() and "Chèque numérique Lorrain" not in titles()
    assert queued == [] and not PendingIndexing.objects.exists() and not indexing.is_pending(scheme)


def test_when_indexing_fails_a_job_retries_it_and_the_editor_is_told(
    guide, queued, monkeypatch, client, django_capture_on_commit_callbacks
):
    def engine_down(*args, **kwargs):
        raise ConnectionError("index unavailable")

    monkeypatch.setattr(indexing, "documents", engine_down)
    with django_capture_on_commit_callbacks(execute=True):
        scheme = FundingSchemeFactory(parent=guide, title="Prêt d'honneur numérique")
    assert [job[0] for job in queued] == ["search.tasks.index_groups_task"]
    assert indexing.is_pending(scheme)

    signed_in(client, staff(groups=["Moderators"]))
    response = client.get(f"/admin/pages/{scheme.pk}/edit/")
    assert any(LAG_MESSAGE in str(message) for message in get_messages(response.wsgi_request))

    monkeypatch.undo()  # the job runs once the index answers again
    indexing.index_groups(*queued[0][1:])
    assert not indexing.is_pending(scheme) and "Prêt d'honneur numérique" in titles()
    response = client.get(f"/admin/pages/{scheme.pk}/edit/")
    assert not any(LAG_MESSAGE in str(message) for message in get_messages(response.wsgi_request))


def test_a_bulk_change_goes_to_the_worker_and_is_pending_until_it_ran(
    guide, queued, django_capture_on_commit_callbacks
):
    schemes = [FundingSchemeFactory(parent=guide) for _ in range(indexing.INLINE_GROUPS + 1)]
    SearchEntry.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        indexing.index_objects(schemes)
    assert len(queued) == 1 and all(indexing.is_pending(scheme) for scheme in schemes)
    indexing.rebuild()  # the nightly rebuild (or the job) clears what it wrote
    assert not PendingIndexing.objects.exists() and len(titles()) == len(schemes)


def test_nothing_is_indexed_while_paused(guide, queued, django_capture_on_commit_callbacks):
    with indexing.paused(), django_capture_on_commit_callbacks(execute=True):
        FundingSchemeFactory(parent=guide, title="Aide différée")
    assert "Aide différée" not in titles() and queued == []
    indexing.rebuild()
    assert "Aide différée" in titles()
    assert FundingSchemePage.objects.count() == 1


def test_a_saved_change_stays_saved_when_neither_the_index_nor_the_queue_answers(
    guide, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def down(*args, **kwargs):
        raise ConnectionError("unavailable")

    monkeypatch.setattr(indexing, "documents", down)
    monkeypatch.setattr(indexing, "async_task", down)
    with django_capture_on_commit_callbacks(execute=True):
        FundingSchemeFactory(parent=guide, title="Aide sauvée")
    assert FundingSchemePage.objects.filter(title="Aide sauvée").exists()
    assert "Could not queue the indexing" in caplog.text  # the nightly rebuild will catch up
