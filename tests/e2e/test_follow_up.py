"""Follow-up and hand-over in the browser: a CAP Nord adviser on a 375 px phone hands the funding need
over to the CCI and closes with the plan ticked; months later the company answers the check-in on a
320 px phone. axe finds no violation; nothing scrolls sideways."""

import re
import subprocess
import sys

from playwright.sync_api import expect

from tests.e2e.conftest import ROOT
from tests.e2e.staff import fresh_totp_code
from tests.e2e.test_individuals import follow, no_sideways_scroll, no_violation
from tests.utils import in_language

ADVISER = ("conseil.cap-nord@demo.example", "demo-conseil-972")
PHONE = {"width": 375, "height": 740}

NEW_REQUEST = """
import uuid
from guichet import services
from portail.models import Commune
submission = services.Submission(
    company_name="Ti Kaz Créole", sector="commerce", headcount=3,
    commune=Commune.objects.get(insee_code="97214"),
    needs=["site-web", "financement"], contact_name="Léa Marie", email="lea@example.org",
    preferred_channel="email",
)
request, _ = services.submit_request(submission, submission_key=uuid.uuid4().hex, consent_text="J'accepte.")
print(request.reference)
"""
CHECK_IN_DUE = """
from django.utils import timezone
from guichet import follow_up
from guichet.models import CheckIn
check_in = CheckIn.objects.get(request__reference="{reference}", months=3)
CheckIn.objects.filter(pk=check_in.pk).update(due_on=timezone.localdate())
follow_up.send_check_ins()
print(follow_up.answer_url(CheckIn.objects.get(pk=check_in.pk)))
"""


def shell(server_env, code: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=server_env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip().splitlines()[-1]


def sign_in(page, server_env):
    page.goto("/fr/accounts/login/?next=/espace-partenaire/")
    page.locator("#id_login").fill(ADVISER[0])
    page.locator("#id_password").fill(ADVISER[1])
    page.locator("main form [type=submit]").click()
    page.locator("[name=code]").fill(fresh_totp_code(server_env, ADVISER[0]))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/espace-partenaire/")


def test_hand_over_close_with_the_plan_then_the_company_answers(browser, base_url, server_env):
    reference = shell(server_env, NEW_REQUEST)
    context = browser.new_context(base_url=base_url, viewport=PHONE, locale="fr-FR")
    page = context.new_page()
    sign_in(page, server_env)
    page.goto(f"/espace-partenaire/demandes/{reference}/")

    page.locator("[name=hand-over-partner]").select_option(label="CCI Martinique")
    page.locator("[name=hand-over-needs][value=financement]").check()
    page.locator("[name=hand-over-message]").fill("Le volet financement est pour vous.")
    follow(page, page.locator("form[action$='/transmettre/'] button[type=submit]"))
    expect(page.locator("#parts-title")).to_be_visible()
    assert "CCI Martinique" in page.locator("section[aria-labelledby=parts-title]").inner_text()
    no_sideways_scroll(page)
    no_violation(page, "/espace-partenaire/demandes/… with a part (375 px)")

    close = page.locator("form[action$='/close/']")
    page.locator("details", has=close).locator("summary").click()  # the closing form is folded
    close.locator("[name=outcome]").select_option("accompanied")
    close.locator("[name=other_kinds][value=formation]").check()
    follow(page, close.locator("button[type=submit]"))
    expect(page.locator("#follow-up-title")).to_be_visible()
    no_violation(page, "/espace-partenaire/demandes/… closed, follow-up (375 px)")

    url = shell(server_env, CHECK_IN_DUE.format(reference=reference))
    company = browser.new_context(base_url=base_url, viewport={"width": 320, "height": 640}, locale="fr-FR")
    answer = company.new_page()
    answer.goto(re.sub(r"^https?://[^/]+", "", url))
    no_sideways_scroll(answer)
    no_violation(answer, "/fr/guichet/nouvelles/… (320 px)")
    answer.locator("input[name=applied][value=yes]").check()
    follow(answer, answer.locator("main button[type=submit]"))
    expect(answer.locator("#errors a[href='#id_obtained_0']")).to_be_visible()
    expect(answer.locator("input[name=applied][value=yes]")).to_be_checked()  # kept
    no_violation(answer, "/fr/guichet/nouvelles/… with an error (320 px)")
    answer.locator("input[name=obtained][value=no]").check()
    answer.locator("input[name=delivered][value=na]").check()
    answer.locator("input[name=rating][value='4']").check()
    follow(answer, answer.locator("main button[type=submit]"))
    expect(answer.locator(".message--success")).to_be_visible()

    page.reload()
    rating = in_language("fr", "%(rating)s out of 5", escaped=False) % {"rating": 4}
    assert rating in page.locator("section[aria-labelledby=follow-up-title]").inner_text()
    company.close()
    context.close()
