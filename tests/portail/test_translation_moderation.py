"""An editor who may not publish a translation submits it for moderation from wagtail-localize's
translation editor; a moderator's approval publishes that translation, never the French text."""

import pytest

from django.test import Client

from wagtail.models import Locale, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from financements.models import FundingSchemePage
from tests.financements.conftest import guide  # noqa: F401 (fixture)
from tests.financements.factories import FundingSchemePageFactory
from tests.utils import in_language, signed_in, staff

pytestmark = pytest.mark.django_db

SUBMIT = "Submit for moderation"


@pytest.fixture
def moderator():
    return staff(groups=["Moderators"])


@pytest.fixture
def editor():
    return staff(groups=["Editors"])


@pytest.fixture
def english(guide, moderator):  # noqa: F811
    """A live French scheme of the moderator's, submitted for English translation (a draft copy)."""
    scheme = FundingSchemePageFactory(parent=guide, title="Chèque numérique", slug="cheque", owner=moderator)
    scheme.save_revision(user=moderator).publish()
    source, _ = TranslationSource.get_or_create_from_instance(scheme)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(user=moderator, publish=False)
    return translation


def translate_every_string(translation, prefix="EN "):
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )


def page_of(translation) -> FundingSchemePage:
    return FundingSchemePage.objects.get(pk=translation.get_target_instance().pk)


def test_the_translation_editor_offers_moderation_to_who_may_not_publish(client, english, editor, moderator):
    url = f"/admin/pages/{page_of(english).pk}/edit/"
    signed_in(client, editor)
    page = client.get(url).content.decode()
    assert in_language("fr", SUBMIT) in page
    assert f'action="/admin/traductions/{english.pk}/soumettre/"' in page

    moderators_client = signed_in(Client(), moderator)  # a moderator publishes from the editor's footer
    assert in_language("fr", SUBMIT) not in moderators_client.get(url).content.decode()


def test_a_submitted_translation_is_published_in_english_by_the_moderators_approval(
    client, english, editor, moderator
):
    translate_every_string(english)
    signed_in(client, editor)

    response = client.post(f"/admin/traductions/{english.pk}/soumettre/", follow=True)
    assert response.redirect_chain[-1][0] == f"/admin/pages/{page_of(english).pk}/edit/"
    assert "Chèque numérique" in response.content.decode()  # the success message names the page
    page = page_of(english)
    assert page.workflow_in_progress and not page.live
    assert page.get_latest_revision_as_object().title == "EN Chèque numérique"
    assert page.title == "Chèque numérique"  # the page's row waits for the approval

    page.current_workflow_state.current_task_state.approve(user=moderator)
    page = page_of(english)
    assert page.live and page.title == "EN Chèque numérique"
    assert "EN Chèque numérique" in Client().get(page.url).content.decode()


def test_a_live_translation_stays_as_published_until_the_change_is_approved(
    client, english, editor, moderator, django_capture_on_commit_callbacks
):
    translate_every_string(english)
    with django_capture_on_commit_callbacks(execute=True):
        english.save_target(user=moderator, publish=True)
    translate_every_string(english, prefix="EN2 ")
    signed_in(client, editor)

    client.post(f"/admin/traductions/{english.pk}/soumettre/")
    page = page_of(english)
    assert page.live and page.title == "EN Chèque numérique"
    assert "EN2" not in Client().get(page.url).content.decode()
    assert page.get_latest_revision_as_object().title == "EN2 Chèque numérique"


def test_changes_asked_by_a_moderator_are_shown_and_the_translation_resubmitted(
    client, english, editor, moderator
):
    translate_every_string(english)
    signed_in(client, editor)
    client.post(f"/admin/traductions/{english.pk}/soumettre/")
    page_of(english).current_workflow_state.current_task_state.reject(
        user=moderator, comment="Titre trop long"
    )

    editor_page = client.get(f"/admin/pages/{page_of(english).pk}/edit/").content.decode()
    assert (
        "Titre trop long" in editor_page and in_language("fr", "Submit again for moderation") in editor_page
    )

    client.post(f"/admin/traductions/{english.pk}/soumettre/")
    state = page_of(english).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert (
        WorkflowState.objects.filter(object_id=str(page_of(english).pk)).count() == 1
    )  # the same one, resumed


def test_a_waiting_translation_is_not_submitted_twice(client, english, editor):
    translate_every_string(english)
    signed_in(client, editor)
    client.post(f"/admin/traductions/{english.pk}/soumettre/")

    editor_page = client.get(f"/admin/pages/{page_of(english).pk}/edit/").content.decode()
    assert in_language("fr", SUBMIT) not in editor_page  # it says it waits instead
    client.post(f"/admin/traductions/{english.pk}/soumettre/")
    assert WorkflowState.objects.filter(object_id=str(page_of(english).pk)).count() == 1


def test_only_who_may_edit_the_page_submits_it(client, english):
    signed_in(client, staff(groups=["Label reviewers"]))
    response = client.post(f"/admin/traductions/{english.pk}/soumettre/")
    assert response.status_code in (302, 403)
    assert not page_of(english).workflow_in_progress


@pytest.mark.parametrize(("language", "expected"), [("fr", "Publier en "), ("es", "Publicar en ")])
def test_the_editors_publish_button_keeps_its_space_before_the_language(client, editor, language, expected):
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": language})
    signed_in(client, editor)
    script = client.get("/admin/traductions/textes.js").content.decode()
    assert f'django.catalog["Publish in "] = "{expected}";' in script
