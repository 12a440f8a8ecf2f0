"""The admin in French at 1280 px: the dashboard panels and the scheme form, with axe."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import record_axe
from tests.e2e.staff import page_id, staff_page  # noqa: F401 (fixture)

axe = Axe()
GRANT = "Mofwazaj Dijital : accompagnement numérique des TPE"
FUNDERS = "[data-field-wrapper]:has([name=funders])"


def blocking_violations(page, name: str, context=None) -> list:
    violations = axe.run(page, context=context).response["violations"]
    record_axe(name, violations)
    return [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]])
        for v in violations
        if v["impact"] in {"serious", "critical"}
    ]


def test_the_moderator_sees_the_work_waiting_and_the_panels_are_accessible(staff_page):  # noqa: F811
    moderator = staff_page("moderateur@demo.example")
    moderator.goto("/admin/")
    for heading in ("Dispositifs qui ferment sous 30 jours", "Demandes du guichet en retard"):
        expect(moderator.get_by_role("heading", name=heading)).to_be_visible()
    assert not blocking_violations(moderator, "/admin/ (moderator's dashboard panels)", "main")


def test_the_scheme_form_lists_the_funders_of_its_language_accessibly(staff_page, server_env):  # noqa: F811
    editor = staff_page("editeur@demo.example")
    editor.goto(f"/admin/pages/{page_id(server_env, GRANT)}/edit/")
    funders = editor.locator(FUNDERS)
    expect(funders.get_by_label("Bpifrance", exact=True)).to_have_count(1)  # French funders only
    expect(
        funders.get_by_role("link", name="Ajouter un financeur dans cette langue (nouvel onglet)")
    ).to_be_visible()
    assert not blocking_violations(editor, "/admin/pages/…/edit/ (funders field)", FUNDERS)
