"""The facets' checkboxes, built in Python for speed (issue 20, cold pages), give exactly the markup
of the component they replace (Django's own checkboxes: tests/portail/test_form_renderer.py)."""

import pytest

from django import forms
from django.template import Context, Template

from portail.templatetags.listing_tags import facet_checkbox

FACET_CHECKBOX_TEMPLATE = """<div class="filters__option">
  <input type="checkbox" name="{{ field.html_name }}" value="{{ value }}" id="{{ field.auto_id }}_{{ number }}"{% if value|stringformat:"s" in field.value %} checked{% endif %}>
  <label for="{{ field.auto_id }}_{{ number }}">{{ label }} <span class="count">({{ count }})</span></label>
</div>"""  # noqa: E501 (the component's markup before issue 20, verbatim)


@pytest.mark.parametrize("ticked", [None, [], ["ordinateur"], ["ordinateur", "wifi"]])
@pytest.mark.parametrize("count", [0, 7, 12345])
def test_a_facet_value_is_the_component_s_markup(ticked, count):
    class Places(forms.Form):
        service = forms.MultipleChoiceField(choices=[("ordinateur", "x"), ("wifi", "y")], required=False)

    field = (Places() if ticked is None else Places({"service": ticked}))["service"]
    for number, (value, label) in enumerate(
        [("ordinateur", "Ordinateurs & <imprimante>"), ("wifi", "Wi-Fi")], 1
    ):
        context = {"field": field, "value": value, "label": label, "count": count, "number": number}
        expected = Template(FACET_CHECKBOX_TEMPLATE).render(Context(context))
        assert facet_checkbox(field, value, label, count, number) == expected
        assert facet_checkbox(field, value, label, count, number, field.value()) == expected
