"""Pages behind a login or a password stay out of the search."""

import pytest

from wagtail.models import PageViewRestriction

from search.engines.database import DatabaseEngine
from search.indexing import rebuild
from tests.search.conftest import run, titles

pytestmark = pytest.mark.django_db


def test_a_private_page_leaves_the_search_and_comes_back_when_public(
    site_tree, django_capture_on_commit_callbacks
):
    rebuild("database")
    engine = DatabaseEngine()
    assert titles(run(engine, text="former", filters={"type": ["page"]})) == ["Se former"]

    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=site_tree.page["fr"], restriction_type=PageViewRestriction.LOGIN
        )
    # Gone; what else starts with "form" (the last word as a prefix when nothing matches) may show.
    assert "Se former" not in titles(run(engine, text="former", filters={"type": ["page"]}))

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert titles(run(engine, text="former", filters={"type": ["page"]})) == ["Se former"]
