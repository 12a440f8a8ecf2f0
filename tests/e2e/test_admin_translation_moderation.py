"""The admin in French at 1280 px: an editor who may not publish a translation submits it for
moderation from the translation editor, and a moderator approves it from the dashboard."""

import sqlite3

from playwright.sync_api import expect

from tests.e2e.staff import page_id, staff_page  # noqa: F401 (fixture)
from tests.e2e.test_admin_dashboard import blocking_violations
from tests.e2e.test_admin_journey import translation_of

SCHEME = "Validation des acquis de l’expérience (VAE)"  # a demo scheme no other browser test edits
ENGLISH_TITLE = "Accreditation of prior experience (VAE)"


def test_an_editor_submits_a_translation_and_a_moderator_approves_it(staff_page, server_env):  # noqa: F811
    english = translation_of(server_env, page_id(server_env, SCHEME), "en")
    editor = staff_page("editeur@demo.example")
    editor.goto(f"/admin/pages/{english}/edit/")  # a demo translation: the editor does not own it
    moderation = editor.locator("[data-translation-moderation]")
    expect(moderation).to_contain_text("Un modérateur publie cette traduction")
    expect(editor.get_by_role("button", name="Publier en Anglais")).to_have_count(0)
    assert not blocking_violations(
        editor, "/admin/pages/…/edit/ (translation moderation)", "[data-translation-moderation]"
    )

    moderation.get_by_role("button", name="Soumettre à la relecture").click()
    expect(editor.locator(".messages")).to_contain_text("en Anglais a été soumis à la relecture")
    expect(moderation).to_contain_text("a été soumise à la relecture le")

    moderator = staff_page("moderateur@demo.example")
    moderator.goto(f"/admin/pages/{english}/edit/")  # the moderator publishes from the editor's footer
    expect(moderator.get_by_role("button", name="Publier en Anglais")).to_be_visible()
    moderator.goto("/admin/")
    row = moderator.locator(
        "#awaiting-review-content tr", has_text=ENGLISH_TITLE
    )  # Wagtail's dashboard panel
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approuver", exact=True).click()
    expect(moderator.locator("#awaiting-review-content tr", has_text=ENGLISH_TITLE)).to_have_count(0)
    assert workflow_status(server_env, english) == "approved"


def workflow_status(server_env, page: int) -> str:
    with sqlite3.connect(server_env["E2E_DATABASE"]) as db:
        (status,) = db.execute(
            "SELECT status FROM wagtailcore_workflowstate WHERE object_id = ? ORDER BY id DESC", (str(page),)
        ).fetchone()
    return status
