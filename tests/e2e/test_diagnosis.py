"""The self-diagnosis in a browser on a 375 px phone: ten questions, the result and its plan, then
"Ask an adviser" sends a request with the answers; axe finds no violation at all; nothing scrolls
sideways at 320 px."""

import re

from playwright.sync_api import expect

from tests.e2e.test_individuals import follow, no_sideways_scroll, no_violation, submit
from tests.e2e.test_journeys import captcha_answer

PHONE = {"width": 375, "height": 740}
WEAK = {"vente", "paiement"}  # selling online: the lowest answers; every other question: the highest


def narrow(page, check):
    """At 320 px, nothing scrolls sideways; back to the phone's width afterwards."""
    page.set_viewport_size({"width": 320, "height": 640})
    check(page)
    page.set_viewport_size(PHONE)


def test_a_company_takes_the_self_diagnosis_then_asks_an_adviser(browser, base_url, server_env):
    context = browser.new_context(base_url=base_url, viewport=PHONE, locale="fr-FR")
    page = context.new_page()
    page.goto("/fr/guichet/")
    follow(page, page.locator('main a[href="/fr/guichet/diagnostic/"]'))
    follow(page, page.locator('main a.button[href="/fr/guichet/diagnostic/site/"]'))

    submit(page)  # no answer: explained, on the same question
    expect(page.locator("#errors a[href='#id_answer_0']")).to_be_visible()
    no_violation(page, "/fr/guichet/diagnostic/site/ with an error (375 px)")
    narrow(page, no_sideways_scroll)

    for number in range(1, 11):
        assert re.search(rf"\b{number}\b\D+\b11\b", page.locator(".progress__text").inner_text())
        question = page.url.rstrip("/").rsplit("/", 1)[1]
        radios = page.locator("input[name=answer]")
        (radios.first if question in WEAK else radios.last).check()
        submit(page)
        if question == "vente":  # the browser's Back shows the question with its answer
            page.go_back()
            expect(page.locator("input[name=answer]").first).to_be_checked()
            submit(page)

    assert page.url.endswith("/fr/guichet/diagnostic/entreprise/")
    no_violation(page, "/fr/guichet/diagnostic/entreprise/ (375 px)")
    page.locator("input[name=sector][value=commerce]").check()
    page.locator("[name=commune]").fill("Le Lorrain")
    submit(page)

    assert "/fr/guichet/diagnostic/resultat/" in page.url
    assert page.locator("main h3").count() >= 7  # six dimensions, then the plan of the weak one
    no_violation(page, "/fr/guichet/diagnostic/resultat/… (375 px)")
    no_sideways_scroll(page)
    narrow(page, no_sideways_scroll)

    follow(page, page.locator('form[action$="/conseiller/"] button'))
    assert page.url.endswith("/fr/guichet/demande/entreprise/")
    assert page.locator("[name=commune]").input_value() == "Le Lorrain"
    expect(page.locator("input[name=sector][value=commerce]")).to_be_checked()
    page.locator("[name=siret]").fill("732 829 320 00074")
    page.locator("[name=company_name]").fill("Ti Kaz Créole")
    page.locator("[name=headcount]").fill("3")
    submit(page)

    expect(page.locator("input[name=needs][value=e-commerce]")).to_be_checked()
    expect(page.locator("input[name=needs][value=site-web]")).not_to_be_checked()
    submit(page)
    page.locator("[name=contact_name]").fill("Léa Marie")
    page.locator("[name=email]").fill("lea@example.org")
    page.locator("input[name=preferred_channel][value=email]").check()
    submit(page)
    page.locator("[name=consent]").check()
    page.locator("[name=captcha_1]").fill(captcha_answer(server_env, page))
    submit(page)

    assert "/fr/guichet/suivi/" in page.url
    expect(page.locator("main h3")).to_have_count(6)  # the diagnosis' six dimensions, on the tracking page
    no_sideways_scroll(page)
    context.close()


def test_the_questions_work_without_javascript_at_320_px(browser, base_url):
    context = browser.new_context(
        base_url=base_url, java_script_enabled=False, viewport={"width": 320, "height": 640}, locale="fr-FR"
    )
    page = context.new_page()
    page.goto("/fr/guichet/diagnostic/site/")
    page.locator("input[name=answer]").nth(1).check()
    submit(page)

    assert page.url.endswith("/fr/guichet/diagnostic/reseaux/")
    no_sideways_scroll(page)
    follow(page, page.locator("main .form-actions a"))  # the Back link
    expect(page.locator("input[name=answer]").nth(1)).to_be_checked()
    context.close()
