import datetime
import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, translation

from wagtail.models import Locale

from catalogue.enums import Domain, Region
from catalogue.models import TrainingFunding
from portail.models import Commune
from search.indexing import rebuild
from tests.catalogue import in_french, links, titles
from tests.catalogue.conftest import days_from_today
from tests.catalogue.factories import TrainingPageFactory, TrainingProviderFactory, TrainingSessionFactory
from tests.financements.factories import FundingGuidePageFactory, FundingSchemePageFactory

pytestmark = pytest.mark.django_db

BY_NEXT_SESSION = [
    "Administrateur réseaux",
    "BTS Services informatiques aux organisations",
    "Médiateur numérique à distance",
    "Développeur web en apprentissage",
    "Bureautique pour débuter",  # no upcoming session: last
]


def results_count(page_html: str) -> int:
    return int(re.search(r'<h2 id="results-title"[^>]*>(\d+) ', page_html)[1])


def english_date(date: datetime.date) -> str:
    with translation.override("en"):
        return formats.date_format(date, "DATE_FORMAT")


# The catalogue page


def test_the_catalogue_lists_live_programmes_with_their_count(client, programmes, catalogue):
    TrainingPageFactory(parent=catalogue, title="Brouillon jamais publié", live=False)

    page = client.get("/fr/formations/").content.decode()

    assert titles(page) == BY_NEXT_SESSION
    assert results_count(page) == 5


def test_the_catalogue_in_english_shows_translations_and_marks_french_programmes(client, programmes):
    page = client.get("/en/courses/").content.decode()

    assert results_count(page) == 5
    assert links(page) == {
        "Administrateur réseaux": "/en/formations/administrateur-reseaux/",
        "BTS IT services for organisations": "/en/courses/bts-it-services/",
        "Médiateur numérique à distance": "/en/formations/mediateur-numerique/",
        "Développeur web en apprentissage": "/en/formations/developpeur-web/",
        "Bureautique pour débuter": "/en/formations/bureautique/",
    }  # French programmes shown under the English prefix: the visitor stays in English
    assert '<a href="/en/formations/bureautique/" lang="fr">' in page
    assert '<a href="/en/courses/bts-it-services/">' in page


def test_a_programme_card_gives_level_provider_place_and_next_session(client, programmes):
    page = client.get("/en/courses/").content.decode()
    card = page[page.index("BTS IT services") : page.index("</article>", page.index("BTS IT services"))]

    assert "Lycée Nord Atlantique" in card
    assert "Level 5 (bac+2)" in card
    assert "Le Lorrain" in card
    assert f"Next session: {english_date(days_from_today(30))}" in card
    # A programme that names no place shows its provider's.
    card = page[page.index("Développeur web") : page.index("</article>", page.index("Développeur web"))]
    assert "Fort-de-France" in card


def test_programmes_sort_by_next_session_or_by_title(client, programmes):
    by_session = titles(client.get("/fr/formations/?tri=session").content.decode())
    by_title = titles(client.get("/fr/formations/?tri=titre").content.decode())

    assert by_session == BY_NEXT_SESSION
    assert by_title == [
        "Administrateur réseaux",
        "BTS Services informatiques aux organisations",
        "Bureautique pour débuter",
        "Développeur web en apprentissage",
        "Médiateur numérique à distance",
    ]


def test_a_session_under_way_does_not_count_as_the_next_one(client, programmes):
    TrainingSessionFactory(page=programmes["ancienne"], start_date=days_from_today(-5))
    TrainingSessionFactory(page=programmes["apprenti"], start_date=days_from_today(0))
    rebuild("database")

    page = client.get("/fr/formations/").content.decode()

    assert titles(page)[0] == "Développeur web en apprentissage"  # starts today
    assert titles(page)[-1] == "Bureautique pour débuter"


@pytest.fixture
def many_programmes(catalogue):
    """22 programmes in the "Other" domain, and one in another domain."""
    for number in range(22):
        TrainingPageFactory(parent=catalogue, title=f"Atelier {number:02}", domain=Domain.OTHER)
    TrainingPageFactory(parent=catalogue, title="Atelier de design", domain=Domain.MULTIMEDIA)
    rebuild("database")


def test_pages_of_results_keep_the_filters(client, many_programmes):
    first = client.get("/fr/formations/?domaine=autre&tri=titre").content.decode()

    assert results_count(first) == 22
    assert titles(first) == [f"Atelier {number:02}" for number in range(20)]
    next_link = html.unescape(re.search(r'<a href="([^"]+)" rel="next">', first)[1])
    assert parse_qs(urlsplit(next_link).query) == {"domaine": ["autre"], "tri": ["titre"], "page": ["2"]}

    second = client.get(f"/fr/formations/{next_link}").content.decode()
    assert titles(second) == ["Atelier 20", "Atelier 21"]
    previous_link = html.unescape(re.search(r'<a href="([^"]+)" rel="prev">', second)[1])
    assert parse_qs(urlsplit(previous_link).query) == {"domaine": ["autre"], "tri": ["titre"], "page": ["1"]}
    assert 'rel="next"' not in second


@pytest.mark.parametrize(
    ("page", "shown"), [("abc", "Atelier 00"), ("-1", "Atelier 20"), ("999", "Atelier 20")]
)
def test_a_wrong_page_number_shows_a_page_of_results(client, many_programmes, page, shown):
    response = client.get(f"/fr/formations/?domaine=autre&tri=titre&page={page}")

    assert response.status_code == 200
    assert shown in titles(response.content.decode())


# A programme's page


def test_a_programme_page_gives_the_essentials(client, programmes):
    page = client.get("/en/courses/bts-it-services/").content.decode()

    assert "<h1>BTS IT services for organisations</h1>" in page
    assert "<dt>Level reached</dt><dd>Level 5 (bac+2) · BTS (RNCP35340)</dd>" in page
    assert "<dt>How long</dt><dd>1350 hours · Full time</dd>" in page
    assert "<dt>Where</dt><dd>Le Lorrain · On site</dd>" in page
    assert '<a href="/en/courses/providers/lycee-nord-atlantique/">Lycée Nord Atlantique</a>' in page
    # What a learner needs comes first, in this order; the details after.
    order = ["Where", "When", "How long", "Cost", "Who can pay for it", "Entry level", "Level reached"]
    positions = [page.index(f"<dt>{term}</dt>") for term in order]
    assert positions == sorted(positions) and positions[-1] < page.index('id="enrol-title"')
    assert page.index('id="enrol-title"') < page.index('id="advice-title"') < page.index('id="sessions"')


def test_how_to_enrol_gives_the_providers_contact_and_the_registration_link(client, programmes):
    bts = programmes["bts"]
    bts.provider.phone, bts.provider.email = "0596 52 00 00", "contact@lycee.example"
    bts.provider.save()
    session = bts.sessions.filter(start_date__gte=days_from_today(0)).get()
    session.registration_url = "https://inscriptions.example/bts"
    session.save()

    page = client.get("/en/courses/bts-it-services/").content.decode()
    enrol = page[page.index('id="enrol-title"') : page.index('id="advice-title"')]
    assert 'href="https://inscriptions.example/bts">Register for the next session' in enrol
    assert '<a href="tel:0596520000">0596 52 00 00</a>' in enrol
    assert '<a href="mailto:contact@lycee.example">' in enrol

    session.registration_status = "complete"
    session.save()
    assert "Register for the next session" not in client.get("/en/courses/bts-it-services/").content.decode()


def test_without_contact_details_an_adviser_is_offered(client, programmes):
    page = client.get("/fr/formations/bts-sio/").content.decode()
    enrol = page[page.index('id="enrol-title"') : page.index('id="advice-title"')]
    assert "tel:" not in enrol and "mailto:" not in enrol
    assert "Lycée Nord Atlantique n'a pas encore donné ses coordonnées ici" in enrol


def test_the_french_programme_page_speaks_french(client, programmes):
    page = client.get("/fr/formations/bts-sio/").content.decode()

    assert "<h1>BTS Services informatiques aux organisations</h1>" in page
    assert f"<dd>{in_french('Level 5 (bac+2)')} · BTS (RNCP35340)</dd>" in page
    assert f"{in_french('On site')}</dd>" in page


def test_a_programme_without_a_place_shows_its_providers(client, programmes):
    page = client.get("/fr/formations/developpeur-web/").content.decode()
    assert f"<dd>Fort-de-France · {in_french('On site')}</dd>" in page


def test_past_sessions_are_labelled_and_no_upcoming_session_is_said(client, programmes):
    page = client.get("/fr/formations/bureautique/").content.decode()

    assert page.count(in_french("No upcoming session announced: ask the provider.")) == 2  # facts, list
    assert '<li class="session session--past">' in page
    assert in_french("(past session)") in page
    assert "calendrier/" not in page


def test_a_programme_with_upcoming_sessions_shows_past_and_next_ones(client, programmes):
    page = client.get("/en/courses/bts-it-services/").content.decode()

    assert page.count("(past session)") == 1
    assert page.count('<li class="session">') == 1
    assert "No upcoming session announced" not in page
    next_session = f"From {english_date(days_from_today(30))} to {english_date(days_from_today(400))}"
    assert f"<dt>When</dt><dd>{next_session}" in page


def test_demo_sessions_are_labelled_as_examples(client, programmes):
    TrainingSessionFactory(page=programmes["guadeloupe"], start_date=days_from_today(5), is_demo=True)

    demo = client.get("/fr/formations/administrateur-reseaux/").content.decode()
    real = client.get("/fr/formations/bts-sio/").content.decode()

    assert demo.count(in_french("example (demo data)")) == 2  # the next session, and in the list
    assert in_french("example (demo data)") not in real


def test_the_english_programme_shows_the_sessions_of_the_french_one(client, programmes):
    bts = programmes["bts"]
    TrainingSessionFactory(page=bts, start_date=days_from_today(200), end_date=days_from_today(210))
    bts.sessions.filter(start_date__lt=days_from_today(0)).delete()

    page = client.get("/en/courses/bts-it-services/").content.decode()

    assert page.count('<li class="session') == 2
    assert "(past session)" not in page
    assert f"From {english_date(days_from_today(200))} to {english_date(days_from_today(210))}" in page


def test_advice_for_oneself_leads_to_the_request_for_individuals_about_this_programme(client, programmes):
    english = client.get("/en/courses/bts-it-services/").content.decode()
    link = f"/en/guichet/particulier/?formation={programmes['bts_en'].pk}"
    assert f'<a class="button" href="{link}">For myself</a>' in english
    start = client.get(link).content.decode()
    assert "BTS IT services for organisations" in start


def test_the_advice_link_leads_to_the_guichet_with_the_programme_named(client, programmes):
    english = client.get("/en/courses/bts-it-services/").content.decode()

    link = "/en/guichet/?besoin=formation-salaries&sujet=BTS%20IT%20services%20for%20organisations"
    assert (
        f'<a class="button button--secondary" href="{link.replace("&", "&amp;")}">For my company</a>'
        in english
    )
    start = client.get(link).content.decode()
    assert "Your request will mention: BTS IT services for organisations." in start
    needs = client.get("/en/guichet/demande/besoins/")
    assert needs.status_code == 302  # the company comes first; the needs are already ticked for later


@pytest.fixture
def apprenticeship(site_tree, programmes):
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    scheme = FundingSchemePageFactory(parent=guide, title="Aide à l’apprentissage", slug="apprentissage")
    TrainingFunding.objects.create(page=programmes["apprenti"], scheme=scheme)
    return scheme


def test_a_programme_links_the_schemes_that_can_fund_it(client, apprenticeship):
    page = client.get("/fr/formations/developpeur-web/").content.decode()
    other = client.get("/fr/formations/bureautique/").content.decode()

    assert '<a href="/fr/financements/apprentissage/">Aide à l’apprentissage</a>' in page
    assert "/fr/financements/apprentissage/" not in other


def test_a_funding_scheme_lists_the_programmes_it_can_fund(client, apprenticeship):
    page = client.get("/fr/financements/apprentissage/").content.decode()

    section = page[page.index(in_french("Trainings it can fund")) :]
    assert '<a href="/fr/formations/developpeur-web/">Développeur web en apprentissage</a>' in section
    assert "Bureautique pour débuter" not in page


# A provider's page


def test_a_provider_page_lists_its_programmes(client, programmes):
    response = client.get("/fr/formations/organismes/lycee-nord-atlantique/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Lycée Nord Atlantique</h1>" in page
    assert titles(page) == ["BTS Services informatiques aux organisations", "Bureautique pour débuter"]


def test_a_provider_page_in_english_shows_translated_programmes(client, programmes):
    page = client.get("/en/courses/providers/lycee-nord-atlantique/").content.decode()
    assert titles(page) == ["BTS IT services for organisations", "Bureautique pour débuter"]


def test_a_provider_page_gives_its_place(client, programmes):
    page = client.get("/fr/formations/organismes/web-academie/").content.decode()
    assert "<dd>Fort-de-France</dd>" in page
    assert titles(page) == ["Développeur web en apprentissage"]


def test_an_unknown_provider_is_not_found(client, programmes):
    assert client.get("/fr/formations/organismes/inconnu/").status_code == 404


def test_programme_pages_link_to_their_provider_page(client, programmes):
    page = client.get("/fr/formations/bureautique/").content.decode()
    href = re.search(r'<p class="provider-card__name"><a href="([^"]+)">Lycée Nord Atlantique</a>', page)[1]
    assert client.get(href).status_code == 200


# SQL queries


def count_queries(client, path) -> int:
    client.get(path)  # warm the caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def add_programmes(catalogue, count: int) -> None:
    """Programmes as providers describe them: each from a provider with an address, with sessions."""
    communes = list(Commune.objects.order_by("insee_code"))
    for number in range(count):
        provider = TrainingProviderFactory(commune=communes[number % len(communes)])
        programme = TrainingPageFactory(parent=catalogue, provider=provider, exit_level=5)
        TrainingSessionFactory(
            page=programme, start_date=days_from_today(number + 1), commune=provider.commune
        )
        TrainingSessionFactory(page=programme, start_date=days_from_today(-100))
    rebuild("database")


@pytest.mark.parametrize(
    "path", ["/fr/formations/", "/en/courses/", "/fr/formations/?niveau=5&region=martinique"]
)
def test_catalogue_queries_do_not_grow_with_programmes(page_cache_off, client, catalogue, path):
    add_programmes(catalogue, 5)
    with_five = count_queries(client, path)

    add_programmes(catalogue, 20)
    assert count_queries(client, path) == with_five


def test_provider_page_queries_do_not_grow_with_programmes(page_cache_off, client, catalogue):
    provider = TrainingProviderFactory(
        name="Grand Centre", slug="grand-centre", commune=Commune.objects.first()
    )
    path = "/fr/formations/organismes/grand-centre/"
    TrainingPageFactory(parent=catalogue, provider=provider, title="Premier programme")
    with_one = count_queries(client, path)

    for number in range(8):
        TrainingPageFactory(parent=catalogue, provider=provider, title=f"Programme {number}")
    assert count_queries(client, path) == with_one


@pytest.mark.parametrize("path", ["/fr/formations/bts-sio/", "/en/courses/bts-it-services/"])
def test_programme_page_queries_do_not_grow_with_sessions(page_cache_off, client, programmes, path):
    bts = programmes["bts"]
    bts.sessions.all().delete()
    TrainingSessionFactory(page=bts, commune=Commune.objects.get(insee_code="97214"))
    with_one = count_queries(client, path)

    for number in range(9):
        place = {"commune": Commune.objects.all()[number]} if number % 2 else {"place_name": "Pointe-à-Pitre"}
        TrainingSessionFactory(
            page=bts, start_date=days_from_today(number * 20 - 60), region=Region.GUADELOUPE, **place
        )
    assert count_queries(client, path) == with_one
