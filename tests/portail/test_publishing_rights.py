"""Editors publish the pages they own and their translations, or submit them for moderation; other
pages go through moderation; a page submitted for translation never goes live in French."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import Locale, Page

from financements.models import FundingSchemePage
from tests.financements.conftest import guide  # noqa: F401 (fixture)
from tests.financements.factories import FundingSchemePageFactory
from tests.utils import signed_in, staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return staff(groups=["Editors"])


def edit_post(scheme, action: str) -> dict:
    return {
        "title": scheme.title,
        "slug": scheme.slug,
        "summary": scheme.summary,
        "beneficiaries": scheme.beneficiaries,
        "eligibility": '{"blocks":[{"key":"a","text":"Les TPE.","type":"unstyled","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "how_to_apply": '{"blocks":[{"key":"b","text":"Écrire.","type":"unstyled","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "checklist-count": "0",  # the documents' StreamField, as the admin's form sends it
        action: "on",
    }


def draft(guide, owner, title):  # noqa: F811
    scheme = FundingSchemePageFactory(parent=guide, title=title, live=False, owner=owner)
    scheme.save_revision(user=owner)
    return scheme


def test_an_editor_publishes_a_page_they_created(client, guide, editor):  # noqa: F811
    scheme = draft(guide, editor, "Aide de l'éditeur")
    signed_in(client, editor)

    form = client.get(f"/admin/pages/{scheme.pk}/edit/").content.decode()
    assert 'name="action-publish"' in form and 'name="action-submit"' in form  # publish, or moderation

    response = client.post(f"/admin/pages/{scheme.pk}/edit/", edit_post(scheme, "action-publish"))
    assert response.status_code == 302
    assert FundingSchemePage.objects.get(pk=scheme.pk).live


def test_an_editor_submits_the_pages_of_others_for_moderation(client, guide, editor):  # noqa: F811
    scheme = draft(guide, staff(groups=["Moderators"]), "Aide d'un autre")
    signed_in(client, editor)

    assert 'name="action-publish"' not in client.get(f"/admin/pages/{scheme.pk}/edit/").content.decode()
    client.post(f"/admin/pages/{scheme.pk}/edit/", edit_post(scheme, "action-publish"))
    assert not FundingSchemePage.objects.get(pk=scheme.pk).live  # the server refuses too

    client.post(f"/admin/pages/{scheme.pk}/edit/", edit_post(scheme, "action-submit"))
    scheme.refresh_from_db()
    assert not scheme.live and scheme.workflow_in_progress


def test_a_moderator_publishes_any_page(client, guide):  # noqa: F811
    scheme = draft(guide, staff(groups=["Editors"]), "Aide à modérer")
    signed_in(client, staff(groups=["Moderators"]))
    client.post(f"/admin/pages/{scheme.pk}/edit/", edit_post(scheme, "action-publish"))
    assert FundingSchemePage.objects.get(pk=scheme.pk).live


def test_who_owns_may_unpublish_and_only_while_editing_is_allowed(guide, editor):  # noqa: F811
    scheme = draft(guide, editor, "Aide retirée")
    scheme.save_revision(user=editor).publish()
    assert Page.objects.get(pk=scheme.pk).permissions_for_user(editor).can_unpublish()
    editor.groups.remove(Group.objects.get(name="Editors"))  # no longer allowed to edit
    former_editor = type(editor).objects.get(pk=editor.pk)
    assert not Page.objects.get(pk=scheme.pk).permissions_for_user(former_editor).can_publish()


def test_a_live_page_submitted_for_translation_gets_drafts_not_live_french_copies(
    client,
    guide,  # noqa: F811
    editor,
):
    scheme = draft(guide, editor, "Aide à traduire")
    scheme.save_revision(user=editor).publish()
    signed_in(client, editor)

    locales = Locale.objects.filter(language_code__in=["en", "es"])
    response = client.post(
        f"/admin/localize/submit/page/{scheme.pk}/", {"locales": [lo.pk for lo in locales]}
    )
    assert response.status_code == 302

    copies = FundingSchemePage.objects.filter(translation_key=scheme.translation_key).exclude(pk=scheme.pk)
    assert {copy.locale.language_code for copy in copies} == {"en", "es"}
    assert not any(copy.live for copy in copies)  # drafts until their translation is published
    assert "Aide à traduire" not in Client().get("/en/funding/").content.decode()  # as the public sees it
    for copy in copies:  # the editor owns the translations of their page: they may publish them
        assert copy.permissions_for_user(editor).can_publish()
