from bs4 import BeautifulSoup

from django.test import override_settings

from portail.styleguide import EXAMPLES, components

OWN_COMPONENTS = {
    "breadcrumb",
    "character_count",
    "empty_state",
    "error_summary",
    "field",
    "notice",
    "pagination",
    "step_indicator",
    "summary_list",
}


@override_settings(DEBUG=True)
def test_the_styleguide_shows_every_component_in_the_three_languages(client, site_tree):
    response = client.get("/en/styleguide/")

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert {section["id"].removeprefix("component-") for section in page.select("section")} == set(
        components()
    )
    for example in EXAMPLES:
        languages = [div["lang"] for div in page.select(f"#component-{example.name} .styleguide__example")]
        assert languages == ["fr", "en", "es"], example.name
    ids = [element["id"] for element in page.select("[id]")]
    assert len(ids) == len(set(ids))  # three renderings, no repeated id


@override_settings(DEBUG=True)
def test_the_styleguide_can_show_one_language(client, site_tree):
    page = BeautifulSoup(client.get("/fr/styleguide/?lang=es").content, "html.parser")

    assert {div["lang"] for div in page.select(".styleguide__example")} == {"es"}


def test_every_component_has_an_example():
    assert OWN_COMPONENTS <= {example.name for example in EXAMPLES} == set(components())


@override_settings(DEBUG=False)
def test_the_styleguide_is_not_served_in_production(client, site_tree):
    for url in ["/fr/styleguide/", "/en/styleguide/", "/es/styleguide/"]:
        assert client.get(url).status_code == 404
    assert client.get("/styleguide/", follow=True).status_code == 404
