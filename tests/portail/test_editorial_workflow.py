"""The editorial workflow (docs/editing.md): editors submit, moderators approve, in French."""

import pytest

from wagtail.models import Task, Workflow

from tests.utils import signed_in

pytestmark = pytest.mark.django_db


def test_the_moderation_workflow_and_its_task_have_french_names():
    assert Workflow.objects.filter(active=True).get().name == "Relecture avant publication"
    assert list(Task.objects.values_list("name", flat=True)) == ["Validation par un modérateur"]


def test_an_editor_submits_a_page_to_the_french_named_workflow(client, site_tree, editor):
    page = site_tree.page["fr"]

    html = signed_in(client, editor).get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert "Soumettre à Relecture avant publication" in html
    assert "Moderators approval" not in html
