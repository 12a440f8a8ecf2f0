"""A SIRET prefills the company step from the State's company register, through the real client
talking HTTP to a local server (tests/guichet/register_server.py); when the register is off, slow,
broken or does not know the SIRET, the form simply asks. Companies beyond the SMEs are pointed to the
CCI."""

import logging
import socket
import time

import pytest

from guichet import companies
from guichet.enums import Sector
from guichet.models import AccompanimentRequest
from tests.guichet.conftest import CHECK, COMPANY, CONTACT, NEEDS, member_of
from tests.guichet.register_server import UNKNOWN, RegisterServer, found
from tests.utils import in_language

pytestmark = pytest.mark.django_db

SHOP = "73282932000074"  # an establishment in Le Lorrain of a unit whose head office is in Fort-de-France
BIG = "55208131700018"
OTHER = "41234567500018"
STEP = "/en/guichet/demande/entreprise/"
NOTICE = "Found in the national company register: check and correct if needed."
SME_ONLY = "The guichet helps very small, small and medium companies: fewer than 250 people."


@pytest.fixture
def register(settings):
    server = RegisterServer()
    settings.ENTREPRISES_API_URL = server.url
    server.answers[SHOP] = (200, found(SHOP), 0)
    yield server
    server.close()


# The client


def test_a_siret_gives_the_unit_name_and_size_and_the_establishment_commune(register):
    company = companies.lookup(SHOP)

    assert (company.name, company.naf, company.sector, company.category) == (
        "TI KAZ CREOLE",
        "47.24Z",
        Sector.RETAIL,
        "PME",
    )
    assert (company.staff_band, company.staff_range, company.headcount) == ("02", (3, 5), 3)
    assert company.commune.name == "Le Lorrain"  # the establishment's, not the head office's
    assert not company.closed and not company.is_large
    assert register.queries == [SHOP]


def test_the_answer_is_cached_so_a_second_lookup_asks_nothing(register):
    assert companies.lookup(SHOP).name == companies.lookup(SHOP).name == "TI KAZ CREOLE"
    assert register.queries == [SHOP]


def test_an_unknown_siret_gives_nothing_and_is_not_asked_again_soon(register):
    assert companies.lookup(OTHER) is None
    assert companies.lookup(OTHER) is None
    assert register.queries == [OTHER]


def test_an_answer_about_another_establishment_of_the_unit_gives_nothing(register):
    register.answers[OTHER] = (200, found("41234567500026"), 0)  # same unit, another establishment
    assert companies.lookup(OTHER) is None


def test_a_slow_register_is_given_up_after_the_timeout(register, monkeypatch):
    monkeypatch.setattr(companies, "TIMEOUT_SECONDS", 0.3)
    register.answers[OTHER] = (200, found(OTHER), 2)
    started = time.monotonic()

    assert companies.lookup(OTHER) is None
    assert time.monotonic() - started < 1.5


def test_an_answer_that_trickles_in_is_given_up_after_the_timeout_in_all(register, monkeypatch):
    monkeypatch.setattr(companies, "TIMEOUT_SECONDS", 0.5)  # each chunk comes well within it
    register.answers[OTHER] = (200, found(OTHER), 0)
    register.trickle.add(OTHER)
    started = time.monotonic()

    assert companies.lookup(OTHER) is None
    assert time.monotonic() - started < 1.5  # the whole answer would take over 10 s


def test_an_oversized_answer_gives_nothing(register, monkeypatch):
    monkeypatch.setattr(companies, "MAX_BODY_BYTES", 500)
    register.answers[OTHER] = (200, found(OTHER), 0)
    assert companies.lookup(OTHER) is None


@pytest.mark.parametrize(
    "body",
    [
        b"<html>Service unavailable</html>",
        b'{"results": [{"nom": "no siren"}]}',
        b"[1, 2]",
        b'{"results": 3}',
    ],
    ids=["not JSON", "a result without siren", "a list", "results not a list"],
)
def test_a_malformed_answer_gives_nothing(register, body):
    register.answers[OTHER] = (200, body, 0)
    assert companies.lookup(OTHER) is None


def test_an_http_error_gives_nothing_and_is_not_cached(register, caplog):
    register.answers[OTHER] = (500, {"erreur": "Internal Server Error"}, 0)
    with caplog.at_level(logging.WARNING, logger="guichet.companies"):
        assert companies.lookup(OTHER) is None
    assert "Company register: no answer (HTTP Error 500" in caplog.text and OTHER not in caplog.text
    register.answers[OTHER] = (200, found(OTHER), 0)
    assert companies.lookup(OTHER).siret == OTHER
    assert register.queries == [OTHER, OTHER]


def test_nothing_is_asked_when_the_register_is_not_configured(register, settings):
    settings.ENTREPRISES_API_URL = ""
    assert companies.lookup(SHOP) is None
    assert register.queries == []


def test_a_refused_connection_gives_nothing(settings):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.ENTREPRISES_API_URL = f"http://127.0.0.1:{port}"
    assert companies.lookup(SHOP) is None


@pytest.mark.parametrize(
    ("naf", "legal_form", "sector"),
    [
        ("01.13Z", "", Sector.AGRICULTURE),
        ("03.11Z", "", Sector.AGRICULTURE),
        ("10.71C", "", Sector.CRAFTS),  # bakers
        ("11.01Z", "", Sector.INDUSTRY),  # rum distilleries
        ("43.22A", "", Sector.CRAFTS),  # plumbers
        ("45.20A", "", Sector.CRAFTS),  # car repair
        ("45.11Z", "", Sector.RETAIL),  # car dealers
        ("47.11B", "", Sector.RETAIL),
        ("56.10A", "", Sector.SERVICES),
        ("62.01Z", "", Sector.SERVICES),
        ("69.20Z", "", Sector.PROFESSIONS),
        ("86.21Z", "", Sector.PROFESSIONS),
        ("94.99Z", "", Sector.NON_PROFIT),
        ("85.59A", "9220", Sector.NON_PROFIT),  # a training association
        ("96.02A", "", Sector.CRAFTS),  # hairdressers
        ("", "", ""),
    ],
)
def test_the_activity_code_gives_our_sector(naf, legal_form, sector):
    assert companies.sector_of(naf, legal_form) == sector


@pytest.mark.parametrize(
    ("band", "category", "headcount", "large"),
    [
        ("NN", "PME", None, False),
        ("00", "PME", 1, False),
        ("31", "PME", 200, False),
        ("32", "ETI", 250, True),
    ],
)
def test_the_staff_band_gives_a_starting_headcount(register, band, category, headcount, large):
    register.answers[OTHER] = (200, found(OTHER, band=band, category=category), 0)
    company = companies.lookup(OTHER)
    assert (company.headcount, company.is_large) == (headcount, large)


# The form


def page_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_a_siret_alone_brings_the_step_back_filled_in_for_the_person_to_check(client, site_tree, register):
    page = page_of(client.post(STEP, {"siret": "732 829 320 00074"}))

    assert in_language("en", NOTICE) in page
    assert "The register counts 3 to 5 employees." in page
    assert 'value="TI KAZ CREOLE"' in page
    assert 'value="commerce" required id="id_sector_0" checked' in page
    assert 'value="3"' in page and 'value="Le Lorrain"' in page
    assert "errorlist" not in page  # nothing to correct yet
    assert 'value="732 829 320 00074"' in page  # the SIRET as typed


def test_the_person_corrects_the_prefill_and_the_request_keeps_the_corrections(client, site_tree, register):
    client.post(STEP, {"siret": SHOP})
    corrected = {"siret": SHOP, "company_name": "Ti Kaz Créole", "sector": "artisanat"}
    response = client.post(STEP, {**corrected, "headcount": "4", "commune": "Le Lorrain"})
    assert response["Location"].endswith("/guichet/demande/besoins/")

    page = client.get(STEP).content.decode()
    assert in_language("en", NOTICE) in page and 'value="Ti Kaz Créole"' in page  # going back: kept
    client.post("/en/guichet/demande/besoins/", NEEDS)
    client.post("/en/guichet/demande/contact/", {**CONTACT, "language": "en"})
    client.post("/en/guichet/demande/verifier/", CHECK)

    request = AccompanimentRequest.objects.get()
    assert (request.siret, request.company_name, request.sector, request.headcount) == (
        SHOP,
        "Ti Kaz Créole",
        "artisanat",
        4,
    )
    assert request.commune.insee_code == "97214"
    assert register.queries == [SHOP]


def test_what_the_person_typed_is_never_replaced(client, site_tree, register):
    page = page_of(client.post(STEP, {"siret": SHOP, "company_name": "Ma boutique", "headcount": "2"}))

    assert 'value="Ma boutique"' in page and 'value="2"' in page and 'value="Le Lorrain"' in page
    assert "TI KAZ CREOLE" not in page


def test_a_complete_step_goes_on_without_asking_the_register(client, site_tree, register):
    response = client.post(STEP, COMPANY)
    assert response.status_code == 302 and register.queries == []


@pytest.mark.parametrize(
    ("answer", "data"),
    [
        ((500, {"erreur": "down"}, 0), {"siret": SHOP}),
        ((200, UNKNOWN, 0), {"siret": SHOP}),
        ((200, b"garbage", 0), {"siret": SHOP}),
        (None, {"siret": SHOP, "being_created": "on"}),
    ],
    ids=["register down", "unknown SIRET", "malformed answer", "company being created"],
)
def test_without_an_answer_the_form_simply_asks(client, site_tree, register, answer, data):
    if answer:
        register.answers[SHOP] = answer
    page = page_of(client.post(STEP, data))

    assert in_language("en", NOTICE) not in page
    assert page.count('class="form-field__error"') == 4  # name, sector, headcount, commune
    assert f'value="{SHOP}"' in page
    assert register.queries == ([] if answer is None else [SHOP])


def test_with_no_setting_the_form_asks_for_everything(client, site_tree, settings):
    settings.ENTREPRISES_API_URL = ""
    page = page_of(client.post(STEP, {"siret": SHOP}))
    assert page.count('class="form-field__error"') == 4 and in_language("en", NOTICE) not in page


def test_a_closed_establishment_is_pointed_out(client, site_tree, register):
    register.answers[SHOP] = (200, found(SHOP, state="F"), 0)
    page = page_of(client.post(STEP, {"siret": SHOP}))
    assert "The register says this establishment is closed: check your SIRET number." in page


# Beyond the SMEs


def test_250_people_or_more_is_refused_with_a_pointer_to_the_cci(client, site_tree, partners):
    partners["cci-martinique"].phone = "0596 00 00 01"
    partners["cci-martinique"].save()
    page = page_of(client.post(STEP, {**COMPANY, "headcount": "250"}))

    assert in_language("en", SME_ONLY) in page
    assert "A larger company can contact CCI Martinique directly, phone 0596 00 00 01." in page
    assert client.post(STEP, {**COMPANY, "headcount": "249"}).status_code == 302


def test_a_register_band_of_250_or_more_is_refused_once_prefilled(client, site_tree, register, partners):
    register.answers[BIG] = (200, found(BIG, name="GRANDE DISTRIBUTION", band="41", category="GE"), 0)
    page = page_of(client.post(STEP, {"siret": BIG}))

    assert 'value="500"' in page and in_language("en", SME_ONLY) in page
    assert "A larger company can contact CCI Martinique directly." in page


def test_a_company_the_register_classes_eti_is_refused_whatever_the_headcount_typed(
    client, site_tree, register, partners
):
    register.answers[BIG] = (200, found(BIG, band="21", category="ETI"), 0)
    client.post(STEP, {"siret": BIG})
    page = page_of(client.post(STEP, {**COMPANY, "siret": BIG, "headcount": "12"}))

    assert "classes this company as an intermediate-sized or large company (ETI)" in page
    assert "A larger company can contact CCI Martinique directly." in page
    # Another SIRET typed: the register's answer about the first one no longer applies.
    assert client.post(STEP, {**COMPANY, "headcount": "12"}).status_code == 302


# Mediators filing for a company


def test_a_mediator_filing_for_a_company_gets_the_prefill_too(client, site_tree, register, partners):
    mediator = member_of(partners["ctm"])
    client.force_login(mediator)

    page = page_of(client.post(STEP, {"siret": SHOP}))
    assert in_language("en", NOTICE) in page
    response = client.post(STEP, {"siret": SHOP, "company_name": "TI KAZ CREOLE", "sector": "commerce",
                                  "headcount": "3", "commune": "Le Lorrain"})  # fmt: skip
    assert response.status_code == 302
    client.post("/en/guichet/demande/besoins/", NEEDS)
    client.post(
        "/en/guichet/demande/contact/",
        {**CONTACT, "language": "en", "mediator_organisation": "Cyber-base du Lorrain"},
    )
    client.post("/en/guichet/demande/verifier/", CHECK)

    request = AccompanimentRequest.objects.get()
    assert (request.company_name, request.filed_by, request.partner.slug) == (
        "TI KAZ CREOLE",
        mediator,
        "cap-nord",
    )


def test_lookups_are_limited_per_visitor(client, site_tree, register, settings):
    settings.GUICHET_SIRET_LOOKUPS_PER_HOUR = 2
    register.answers[SHOP] = (200, UNKNOWN, 0)
    for siret in (SHOP, OTHER, BIG):
        client.post(STEP, {"siret": siret})
    client.post(STEP, {**COMPANY, "siret": BIG})  # complete: no lookup, not counted

    assert register.queries == [SHOP, OTHER]
    assert client.post(STEP, {**COMPANY, "headcount": "4"}).status_code == 302  # the form still works
