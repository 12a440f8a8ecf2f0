"""The filters' checkboxes, built in Python for speed (issue 20, cold pages), give exactly the markup
of the templates they replace: Django's widget template and the facet checkbox component."""

import pytest

from django import forms
from django.template import Context, Template

from portail.templatetags.listing_tags import checkbox, facet_checkbox

FACET_CHECKBOX_TEMPLATE = """<div class="filters__option">
  <input type="checkbox" name="{{ field.html_name }}" value="{{ value }}" id="{{ field.auto_id }}_{{ number }}"{% if value|stringformat:"s" in field.value %} checked{% endif %}>
  <label for="{{ field.auto_id }}_{{ number }}">{{ label }} <span class="count">({{ count }})</span></label>
</div>"""  # noqa: E501 (the component's markup before issue 20, verbatim)


class Filters(forms.Form):
    niveau = forms.TypedMultipleChoiceField(
        choices=[(3, "CAP"), (5, "Bac+2 <BTS>"), (6, "Licence & « pro »")],
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"aria-describedby": 'aide "niveau"'}),
    )


@pytest.mark.parametrize("data", [{}, {"niveau": ["5"]}, {"niveau": ["3", "6"]}])
def test_a_widget_choice_is_the_input_django_renders(data):
    field = Filters(data)["niveau"]

    for option in field:
        assert checkbox(option) == str(option.tag())


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
