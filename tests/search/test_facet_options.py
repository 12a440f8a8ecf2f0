"""The search page's facet options, built in Python for speed (issue 20: one template include per
option cost a third of the page's CPU), give exactly the markup of the template they replace."""

import pytest

from django.template import Context, Template
from django.utils import translation

from portail.templatetags.listing_tags import facet_option
from search.facets import BY_KEY
from search.query import FacetCount

FACET_OPTION_TEMPLATE = (
    '<div class="filters__option"><input type="checkbox" name="{{ facet.key }}" value="{{ value.value }}" '
    'id="f-{{ facet.key }}-{{ number }}"{% if value.selected %} checked{% endif %}> '
    '<label for="f-{{ facet.key }}-{{ number }}">{{ value.label }} '
    '<span class="filters__count">({{ value.count }})</span></label></div>\n'
)  # search/components/facet_option.html before, verbatim


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("selected", [False, True])
@pytest.mark.parametrize("count", [0, 7, 12345])
def test_a_facet_option_is_the_template_s_markup(language, selected, count):
    facet = BY_KEY["commune"]
    values = [
        FacetCount("97209", "Fort-de-France", count, selected),
        FacetCount("x-1", 'Les Anses-d\'Arlet & "Grande Anse" <sud>', count, selected),
    ]
    with translation.override(language):
        for number, value in enumerate(values, 1):
            expected = Template(FACET_OPTION_TEMPLATE).render(
                Context({"facet": facet, "value": value, "number": number})
            )
            assert facet_option(facet, value, number) == expected
