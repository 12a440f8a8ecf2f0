import re

import pytest

from portail.models import Commune
from search.indexing import rebuild
from tests.utils import schema_org_data, tables_read

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'<h3 class="scheme-card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', html)


def test_guide_lists_open_schemes_and_hides_closed_ones(client, schemes):
    html = client.get("/fr/financements/").content.decode()

    assert titles(html) == ["Aide du Nord", "Mofwazaj Dijital", "Prêt numérique"]
    assert "3 dispositifs" in html
    assert '<span class="status status--permanent">Ouvert toute l’année</span>' in html


def test_closed_schemes_can_be_shown(client, schemes):
    html = client.get("/fr/financements/?fermes=on").content.decode()
    assert titles(html)[-1] == "Appel Low Tech"
    assert '<span class="status status--closed">Fermé</span>' in html


def test_filters_combine_and_count_what_each_choice_would_give(client, schemes):
    html = client.get("/fr/financements/?aide=pret&aide=subvention&projet=site-web").content.decode()

    assert titles(html) == ["Mofwazaj Dijital"]
    # "Loan" would still give 0 with the project filter; "Grant" gives 1.
    assert re.search(
        r'value="pret" id="[^"]+" checked>\s*<label[^>]*>Prêt <span class="count">\(0\)</span>', html
    )
    assert re.search(
        r'value="subvention" id="[^"]+" checked>\s*<label[^>]*>Subvention <span class="count">\(1\)</span>',
        html,
    )


def checkbox(html, value, label, count, checked=False):
    """The filter's checkbox for `value`, labelled with `label (count)`, is on the page."""
    tick = " checked" if checked else ""
    return re.search(
        rf'value="{value}" id="[^"]+"{tick}>\s*'
        rf'<label[^>]*>{re.escape(label)} <span class="count">\({count}\)</span>',
        html,
    )


def test_filter_by_funder(client, schemes):
    html = client.get("/fr/financements/?financeur=bpifrance").content.decode()

    assert titles(html) == ["Prêt numérique"]
    # Within a facet the choices add up: the other funder keeps its count.
    assert checkbox(html, "bpifrance", "Bpifrance", 1, checked=True)
    assert checkbox(
        html, "collectivite-territoriale-de-martinique", "Collectivité Territoriale de Martinique", 1
    )
    # Across facets they narrow: Bpifrance funds a loan and no grant.
    assert checkbox(html, "pret", "Prêt", 1)
    assert checkbox(html, "subvention", "Subvention", 0)


def test_links_naming_a_funder_by_id_still_work(client, schemes):
    html = client.get(f"/fr/financements/?financeur={schemes['ctm'].pk}").content.decode()
    assert titles(html) == ["Mofwazaj Dijital"]


def test_funders_keep_their_value_and_are_named_in_the_visitors_language(client, schemes):
    from wagtail.models import Locale

    english = schemes["ctm"].copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Territorial Authority of Martinique"
    english.save()
    rebuild("database")

    html = client.get("/en/funding/?financeur=collectivite-territoriale-de-martinique").content.decode()
    assert checkbox(
        html, "collectivite-territoriale-de-martinique", "Territorial Authority of Martinique", 1, True
    )
    html = client.get(f"/en/funding/?financeur={english.pk}").content.decode()  # an old link, in English
    assert titles(html) == ["Mofwazaj Dijital (digital grant)"]


def test_the_status_counts_closed_schemes_while_they_are_hidden(client, schemes):
    html = client.get("/fr/financements/?projet=site-web").content.decode()

    assert titles(html) == ["Mofwazaj Dijital"]
    assert checkbox(html, "permanent", "Ouvert toute l’année", 1)
    assert checkbox(html, "closed", "Fermé", 0)
    html = client.get("/fr/financements/").content.decode()
    assert checkbox(html, "closed", "Fermé", 1)  # ticking it shows "Appel Low Tech"
    assert checkbox(html, "e-commerce", "Boutique en ligne", 1)


def test_the_guide_lists_what_the_search_index_holds(client, schemes, guide):
    from tests.financements.factories import FundingSchemePageFactory

    FundingSchemePageFactory(parent=guide, title="Aide à l’export", slug="export")
    assert "Aide à l’export" not in titles(client.get("/fr/financements/").content.decode())
    rebuild("database")  # what the django-q2 job does after the save
    assert "Aide à l’export" in titles(client.get("/fr/financements/").content.decode())


def test_no_result_says_what_to_do(client, schemes):
    html = client.get("/fr/financements/?beneficiaire=collectivite").content.decode()
    assert "Aucun dispositif ne correspond à ces filtres" in html


def test_a_scheme_page_gives_the_key_facts(client, schemes):
    html = client.get("/fr/financements/mofwazaj-dijital/").content.decode()

    assert "<h1>Mofwazaj Dijital</h1>" in html
    assert "<dt>Financé par</dt><dd>Collectivité Territoriale de Martinique</dd>" in html
    assert "Toute la Martinique" in html


def test_the_guide_in_english_shows_translated_schemes_and_marks_french_ones(client, schemes):
    html = client.get("/en/funding/").content.decode()

    assert '<a href="/en/funding/mofwazaj-dijital/">Mofwazaj Dijital (digital grant)</a>' in html
    assert '<a href="/en/financements/pret/" lang="fr">Prêt numérique</a>' in html


def test_finder_asks_one_question_at_a_time_and_keeps_the_answers(client, schemes):
    first = client.get("/fr/financements/trouver/").content.decode()
    assert "Question 1 sur 5" in first and 'name="beneficiaire"' in first

    second = client.get("/fr/financements/trouver/?beneficiaire=tpe").content.decode()
    assert "Question 2 sur 5" in second
    assert '<input type="hidden" name="beneficiaire" value="tpe">' in second

    wrong = client.get(
        "/fr/financements/trouver/?beneficiaire=tpe&secteur=commerce&commune=Paris"
    ).content.decode()
    assert "Question 3 sur 5" in wrong and "« Paris » n’est pas une commune de la Martinique." in wrong
    assert 'value="Paris"' in wrong


def test_finder_results_explain_each_match_and_near_miss(client, schemes):
    query = "beneficiaire=tpe&secteur=commerce&commune=Le+Lorrain&projet=site-web&effectif=3"
    html = client.get(f"/fr/financements/trouver/?{query}").content.decode()

    assert "2 dispositifs correspondent à votre situation" in html
    assert "<li>Disponible à Le Lorrain.</li>" in html
    assert "Limité à ces secteurs : industrie." in html


def test_eligibility_api_answers_with_reasons(client, schemes):
    response = client.get(
        "/api/financements/eligibilite/?beneficiaire=tpe&secteur=commerce&commune=97214&projet=site-web",
        headers={"accept-language": "en"},
    )

    data = response.json()
    assert response.status_code == 200
    assert [r["title"] for r in data["results"]] == ["Aide du Nord", "Mofwazaj Dijital (digital grant)"]
    assert data["results"][1]["url"] == "http://testserver/en/funding/mofwazaj-dijital/"
    assert data["results"][1]["status"] == "permanent"
    assert "Funds this kind of project: website." in data["results"][1]["reasons"]
    assert {e["title"]: e["why"] for e in data["excluded"]}["Appel Low Tech"][0].startswith("Closed since")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "beneficiaire=tpe",
        "beneficiaire=x&secteur=y&commune=z",
        "beneficiaire=tpe&secteur=commerce&commune=97214&effectif=beaucoup",
        "foo=bar",
    ],
)
def test_eligibility_api_explains_bad_input_with_a_400(client, schemes, query):
    response = client.get(f"/api/financements/eligibilite/?{query}")

    assert response.status_code == 400
    assert response.json()["errors"]


def test_guide_page_queries_stay_bounded(client, schemes, django_assert_max_num_queries):
    client.get("/fr/financements/")
    with django_assert_max_num_queries(30):
        client.get("/fr/financements/")


def count_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return len(queries)


@pytest.mark.parametrize("path", ["/fr/financements/", "/en/funding/"])
def test_guide_queries_do_not_grow_with_schemes_and_funders(page_cache_off, client, schemes, guide, path):
    from tests.financements.factories import FunderFactory, FundingSchemePageFactory

    before = count_queries(client, path)
    for n in range(4):
        scheme = FundingSchemePageFactory(parent=guide, title=f"Aide {n}", slug=f"aide-{n}")
        scheme.funders.add(FunderFactory(), FunderFactory())
        scheme.save_revision().publish()
    rebuild("database")

    assert count_queries(client, path) == before
    assert len(titles(client.get(path).content.decode())) == 7


def test_get_help_to_apply_opens_the_guichet_with_the_scheme_named(client, schemes):
    page = client.get("/fr/financements/mofwazaj-dijital/").content.decode()

    link = f"/fr/guichet/?besoin=financement&dispositif={schemes['digital'].id}&sujet=Mofwazaj%20Dijital"
    assert f'href="{link.replace("&", "&amp;")}"' in page
    client.get(link)
    client.post(
        "/fr/guichet/demande/entreprise/",
        {
            "siret": "73282932000074",
            "company_name": "Ti Kaz",
            "sector": "commerce",
            "headcount": "2",
            "commune": "97214",
        },
    )
    needs = client.get("/fr/guichet/demande/besoins/").content.decode()
    assert re.search(r'value="financement"[^>]*checked', needs)
    assert not re.search(r'value="site-web"[^>]*checked', needs)
    assert "Mofwazaj Dijital" in needs


def test_a_scheme_reads_its_territory_once(client, schemes, page_cache_off):
    north = schemes["north"]
    north.communes.add(Commune.objects.get(insee_code="97213"))
    north.save_revision().publish()

    response, tables = tables_read(client, north.url)

    assert tables.count("portail_epci") == 1 and tables.count("portail_commune") == 1
    epci, commune = north.epcis.get(), north.communes.get()
    assert f"{epci}, {commune}" in response.text  # where, on the page
    assert schema_org_data(response)["areaServed"] == {"@type": "AdministrativeArea", "name": commune.name}
