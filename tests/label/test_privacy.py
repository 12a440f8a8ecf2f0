"""Right to erasure: a provider deletes its company's data (profile, solutions, applications,
answers, evidence rows and files, label); its account stays."""

from pathlib import Path

import pytest

from label.models import CriterionAnswer, Evidence, LabelApplication, LabelEvent, Provider, Solution
from tests.label.factories import ProviderFactory, SolutionFactory, complete_application, labelled
from tests.utils import in_language

pytestmark = pytest.mark.django_db

URL = "/fr/label/profil/supprimer/"


@pytest.fixture
def application():
    """A draft with answers, one solution and one evidence file on disk."""
    return complete_application()


def _rows(provider):
    return {
        "provider": Provider.objects.filter(pk=provider.pk).count(),
        "solutions": Solution.objects.filter(provider=provider).count(),
        "applications": LabelApplication.objects.filter(provider=provider).count(),
        "answers": CriterionAnswer.objects.filter(application__provider=provider).count(),
        "evidence": Evidence.objects.filter(application__provider=provider).count(),
        "events": LabelEvent.objects.filter(application__provider=provider).count(),
    }


def test_the_profile_page_links_to_the_deletion_page(client, application):
    client.force_login(application.provider.user)
    assert URL in client.get("/fr/label/profil/").content.decode()


def test_a_get_shows_what_goes_and_deletes_nothing(client, application, django_capture_on_commit_callbacks):
    provider = application.provider
    before = _rows(provider)
    path = Path(application.evidence.get().file.path)
    client.force_login(provider.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert provider.name in html and provider.siret in html
    assert in_language("fr", "What is kept") in html
    assert 'name="confirm"' in html
    assert _rows(provider) == before
    assert all(before.values())
    assert path.exists()


def test_a_post_without_the_box_keeps_everything_and_says_so_in_french(
    client, application, django_capture_on_commit_callbacks
):
    provider = application.provider
    before = _rows(provider)
    path = Path(application.evidence.get().file.path)
    client.force_login(provider.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {})
    assert response.status_code == 400
    error = in_language("fr", "Tick the box to confirm that you want to delete your company's data.")
    assert error != "Tick the box to confirm that you want to delete your company&#x27;s data."
    assert error in response.content.decode()
    assert _rows(provider) == before
    assert path.exists()


def test_a_confirmed_post_deletes_everything_but_the_account(
    client, application, django_capture_on_commit_callbacks
):
    provider = application.provider
    user = provider.user
    SolutionFactory(provider=provider)
    paths = [Path(evidence.file.path) for evidence in Evidence.objects.filter(application__provider=provider)]
    assert paths and all(path.exists() for path in paths)
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {"confirm": "on"})
    assert (response.status_code, response["Location"]) == (302, "/fr/label/profil/")
    assert set(_rows(provider).values()) == {0}
    assert not any(path.exists() for path in paths)
    user.refresh_from_db()  # the account stays, still signed in
    followed = client.get(response["Location"])
    assert followed.status_code == 200
    message = "Your company's data is deleted. Your account remains: you can present a company again."
    assert in_language("fr", message) in followed.content.decode()


def test_nobody_else_can_delete_a_providers_data(client, application, django_capture_on_commit_callbacks):
    victim = application.provider
    before = _rows(victim)
    path = Path(application.evidence.get().file.path)
    other = ProviderFactory()
    client.force_login(other.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {"confirm": "on", "provider": victim.pk})  # an id slipped in changes nothing
    assert not Provider.objects.filter(pk=other.pk).exists()  # only the signed-in account's own company
    assert _rows(victim) == before
    assert path.exists()
    # an account without a company has nothing to delete
    assert client.post(URL, {"confirm": "on"}).status_code == 404
    assert _rows(victim) == before


def test_anonymous_visitors_are_sent_to_sign_in(client, application):
    for response in (client.get(URL), client.post(URL, {"confirm": "on"})):
        assert response.status_code == 302
        assert response["Location"].startswith(f"/fr/accounts/login/?next={URL}")
    assert _rows(application.provider)["provider"] == 1


def test_a_deleted_labelled_providers_verification_page_is_gone(
    client, reviewer, django_capture_on_commit_callbacks
):
    provider = labelled(reviewer).provider
    provider.refresh_from_db()
    code = provider.label_code
    assert client.get(f"/fr/label/verifier/{code}/").status_code == 200
    client.force_login(provider.user)
    page = client.get(URL).content.decode()
    assert code in page  # the warning about the label
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {"confirm": "on"})
    assert client.get(f"/fr/label/verifier/{code}/").status_code == 404
    assert client.get(f"/api/label/badge/{code}.svg").status_code == 404
    assert not LabelApplication.objects.filter(provider_id=provider.pk).exists()
