"""axe-core scan of every page type in the three languages: no serious or critical violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from demo.catalogue import INDEX_TEXTS, demo_programme_path
from demo.financements import SCHEMES
from demo.site import PAGES
from portail.languages import translated_route
from tests.e2e.conftest import record_axe

SLUGS = {page["key"]: page["slug"] for page in PAGES}
GRANT = next(scheme["slug"] for scheme in SCHEMES if scheme["key"] == "mofwazaj-dijital")
FINDER_ANSWERS = "beneficiaire=tpe&secteur=commerce&commune=Le+Lorrain&projet=site-web&effectif=3"
LANGUAGES = ["fr", "en", "es"]
SEARCH = {"fr": "/fr/recherche/", "en": "/en/search/", "es": "/es/busqueda/"}
SCREENS = {
    "home": lambda lang: f"/{lang}/",
    "standard page (table, FAQ, call to action)": lambda lang: (
        f"/{lang}/{getattr(SLUGS['formations'], lang)}/"
    ),
    "accessibility statement": lambda lang: f"/{lang}/{getattr(SLUGS['accessibilite'], lang)}/",
    "accessibility plan": lambda lang: f"/{lang}/{getattr(SLUGS['schema-accessibilite'], lang)}/",
    "funding guide (filters)": lambda lang: (
        f"/{lang}/{getattr(SLUGS['financements'], lang)}/?aide=subvention"
    ),
    "funding scheme": lambda lang: f"/{lang}/{getattr(SLUGS['financements'], lang)}/{getattr(GRANT, lang)}/",
    "finder question": lambda lang: (
        f"/{lang}/{getattr(SLUGS['financements'], lang)}/{translated_route('trouver/', lang)}"
        "?beneficiaire=tpe"
    ),
    "finder results": lambda lang: (
        f"/{lang}/{getattr(SLUGS['financements'], lang)}/{translated_route('trouver/', lang)}"
        f"?{FINDER_ANSWERS}"
    ),
    "printable funding guide": lambda lang: f"/{lang}/{getattr(SLUGS['financements'], lang)}/imprimer/",
    "training catalogue (filters, pagination)": lambda lang: (
        f"/{lang}/{getattr(INDEX_TEXTS['slug'], lang)}/?niveau=5&niveau=6&page=2"
    ),
    "training catalogue near a commune": lambda lang: (
        f"/{lang}/{getattr(INDEX_TEXTS['slug'], lang)}/?commune=Le+Lorrain&rayon=25"
    ),
    "search with a commune in the text": lambda lang: f"{SEARCH[lang]}?q=formation+Le+Lorrain",
    "training programme (sessions)": lambda lang: demo_programme_path(3, lang),
    "training provider": lambda lang: (
        f"/{lang}/{getattr(INDEX_TEXTS['slug'], lang)}/{translated_route('organismes/', lang)}"
        "isca-business-school/"
    ),
    "guichet: start": lambda lang: f"/{lang}/guichet/",
    "guichet: first step of the request": lambda lang: f"/{lang}/guichet/demande/entreprise/",
    "sign in": lambda lang: f"/{lang}/accounts/login/",
    "sign up (captcha)": lambda lang: f"/{lang}/accounts/signup/",
    "password reset": lambda lang: f"/{lang}/accounts/password/reset/",
    "not found": lambda lang: f"/{lang}/cette-page-n-existe-pas/",
}
axe = Axe()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS)
def test_no_serious_or_critical_accessibility_violation(page, screen, language):
    path = SCREENS[screen](language)
    page.goto(path)

    violations = axe.run(page).response["violations"]
    record_axe(path, violations)

    blocking = [v for v in violations if v["impact"] in {"serious", "critical"}]
    assert not blocking, [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in blocking]
    assert page.locator("html").get_attribute("lang") == language


SIGNED_IN_SCREENS = {
    "account e-mail": "/{lang}/accounts/email/",
    "change password": "/{lang}/accounts/password/change/",
    "two-factor overview": "/{lang}/accounts/2fa/",
    "confirm password before 2FA": "/{lang}/accounts/reauthenticate/",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_or_critical_violation_on_signed_in_screens(page, language):
    page.goto(f"/{language}/accounts/login/")
    page.locator("#id_login").fill("usager@demo.example")
    page.locator("#id_password").fill("demo-usager-972")
    page.locator("main form [type=submit]").click()

    for screen, path in SIGNED_IN_SCREENS.items():
        path = path.format(lang=language)
        page.goto(path)
        assert page.url.endswith(path), screen
        violations = axe.run(page).response["violations"]
        record_axe(path, violations)
        blocking = [v for v in violations if v["impact"] in {"serious", "critical"}]
        assert not blocking, (
            screen,
            [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in blocking],
        )
