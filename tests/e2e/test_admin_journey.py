"""A CTM editor publishes a funding scheme in three languages, in the admin (French, 1280 px), while a
django-q2 worker has a backlog of 1,000 jobs: each step is on the public site within 10 s."""

import re
import sqlite3
import time

import pytest
from playwright.sync_api import expect

from django.utils.text import slugify

from tests.e2e.conftest import FIGURES
from tests.e2e.staff import busy_worker, queued_jobs, staff_page  # noqa: F401 (fixtures)

TITLES = {"fr": "Pass numérique du Lorrain", "en": "Lorrain digital pass", "es": "Pase digital de Le Lorrain"}
GUIDES = {"fr": "/fr/financements/", "en": "/en/funding/", "es": "/es/financiacion/"}
WITHIN_SECONDS = 10
TRANSLATE = "button:text-is('Traduire'):visible"


def translation_of(server_env, page_id: int, language: str) -> int:
    with sqlite3.connect(server_env["E2E_DATABASE"]) as db:
        (found,) = db.execute(
            "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
            "WHERE l.language_code = ? AND p.translation_key = "
            "(SELECT translation_key FROM wagtailcore_page WHERE id = ?)",
            (language, page_id),
        ).fetchone()
    return found


def guide_id(page) -> int:
    page.goto("/admin/pages/search/?q=Financer")
    href = page.locator("a[href*='/admin/pages/'][href$='/']", has_text="Financer").first.get_attribute(
        "href"
    )
    return int(re.search(r"/admin/pages/(\d+)/", href).group(1))


def fill_rich_text(page, field: str, text: str) -> None:
    page.locator(f"[data-field-wrapper]:has(#id_{field}) [contenteditable=true]").click()
    page.keyboard.type(text)
    expect(page.locator(f"#id_{field}")).to_have_value(re.compile(re.escape(text)))  # Draftail has synced


def shown_within(page, url: str, text: str) -> float:
    """Seconds until `url` shows `text` (reloading), failing after WITHIN_SECONDS."""
    started = time.monotonic()
    while True:
        page.goto(url)
        if page.get_by_text(text, exact=False).count():
            return time.monotonic() - started
        if time.monotonic() - started > WITHIN_SECONDS:
            pytest.fail(f"{text!r} not on {url} {WITHIN_SECONDS} s after publishing")
        page.wait_for_timeout(500)


def translate_every_segment(page, prefix: str, title: str) -> None:
    """In wagtail-localize's editor, by hand: the title, the other texts, then the slug (Promotion)."""
    texts = [title]
    for tab, text in (("Contenu", f"{prefix} translated text"), ("Promotion", slugify(title))):
        page.get_by_role("tab", name=tab).click()
        while page.locator(TRANSLATE).count():
            page.locator(TRANSLATE).first.click()
            page.locator("textarea").fill(texts.pop() if texts else text)
            page.get_by_role("button", name="Enregistrer").click()
            expect(page.locator("textarea")).to_have_count(0)


def test_an_editor_publishes_a_scheme_in_three_languages_with_a_busy_worker(
    busy_worker,  # noqa: F811
    staff_page,  # noqa: F811
    browser,
    server_env,
):
    editor = staff_page("editeur@demo.example")
    public = browser.new_page(base_url=editor.url.split("/admin")[0])

    editor.goto(f"/admin/pages/add/financements/fundingschemepage/{guide_id(editor)}/")
    editor.locator("#id_title").fill(TITLES["fr"])
    editor.locator("#id_summary").fill("Un chèque pour équiper les très petites entreprises du Nord.")
    editor.locator("#id_beneficiaries_0").check()
    funders = editor.locator("[data-field-wrapper]:has([name=funders])")
    expect(funders.get_by_label("Bpifrance", exact=True)).to_have_count(1)  # French funders only, once each
    funders.get_by_label("Bpifrance", exact=True).check()
    fill_rich_text(editor, "eligibility", "Les TPE installées au Lorrain.")
    fill_rich_text(editor, "how_to_apply", "Écrire à la CTM avec un devis.")
    editor.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(editor.locator(".messages")).to_contain_text("créée")

    editor.locator("[data-side-panel-toggle=preview]").click()  # the side panel frames the preview
    expect(editor.locator("[data-side-panel=preview] iframe")).to_have_count(1)  # the loaded one swapped in
    expect(editor.frame_locator("#w-preview-iframe").locator("h1")).to_have_text(TITLES["fr"])
    expect(editor.frame_locator("#w-preview-iframe").get_by_text("Bpifrance").first).to_be_visible()

    scheme_id = int(re.search(r"/admin/pages/(\d+)/edit/", editor.url).group(1))
    editor.get_by_role("button", name="Plus d'actions").click()
    editor.get_by_role("button", name="Publier").click()
    expect(editor.locator(".messages")).to_contain_text("publié")
    seconds = {"fr": shown_within(public, GUIDES["fr"], TITLES["fr"])}
    backlog = queued_jobs(server_env)

    editor.goto(f"/admin/localize/submit/page/{scheme_id}/")
    editor.get_by_label("Anglais").check()
    editor.get_by_label("Espagnol").check()
    editor.get_by_role("button", name="Soumettre").click()
    expect(editor.locator(".messages")).to_contain_text("soumise avec succès pour traduction en 2")
    for language, name in (("en", "Anglais"), ("es", "Espagnol")):
        editor.goto(f"/admin/pages/{translation_of(server_env, scheme_id, language)}/edit/")
        translate_every_segment(editor, language, TITLES[language])
        editor.get_by_role("button", name=f"Publier en {name}").click()
        expect(editor.locator(".messages")).to_contain_text("publié")
        seconds[language] = shown_within(public, GUIDES[language], TITLES[language])

    for language, search in (("fr", "/fr/recherche/"), ("en", "/en/search/"), ("es", "/es/busqueda/")):
        shown_within(public, f"{search}?q=Lorrain", TITLES[language])
    FIGURES.append(
        "admin journey: seconds from publishing to the guide "
        + ", ".join(f"{language} {value:.1f}" for language, value in seconds.items())
        + f"; jobs queued for the worker when the French page was published: {backlog}"
    )
