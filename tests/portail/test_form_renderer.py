"""The form renderer builds Django's most frequent widget and label templates in Python (issue 20,
cold pages): its markup is exactly that of the templates, for every kind of input, select and label,
and anything it does not build, or any of these templates overridden, goes to the templates."""

import datetime

import pytest

from django import forms
from django.forms.renderers import TemplatesSetting
from django.test import override_settings
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from catalogue.forms import CatalogueFilterForm
from evenements.forms import EventFilterForm
from label.forms import SolutionsFilterForm
from lieux.forms import MapFilterForm
from portail.form_renderer import CHOICES, DJANGO_FORMS_TEMPLATES, INPUTS, FormRenderer

TRICKY = "Saint-Pierre <Nord> & « Caraïbe » \"quoted\" 'single'"


class Everything(forms.Form):
    text = forms.CharField(
        widget=forms.TextInput(attrs={"placeholder": gettext_lazy("Search"), "data-x": True})
    )
    number = forms.IntegerField(required=False, widget=forms.NumberInput(attrs={"min": 0, "hidden": False}))
    email = forms.EmailField(required=False)
    url = forms.URLField(required=False, assume_scheme="https")
    date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    hidden = forms.CharField(required=False, widget=forms.HiddenInput)
    password = forms.CharField(required=False, widget=forms.PasswordInput(render_value=True))
    search = forms.CharField(required=False, widget=forms.SearchInput)
    tel = forms.CharField(required=False, widget=forms.TelInput)
    color = forms.CharField(required=False, widget=forms.ColorInput)
    time = forms.TimeField(required=False)
    file = forms.FileField(required=False)
    ticked = forms.BooleanField(required=False)
    commune = forms.ChoiceField(
        required=False,
        choices=[("", "Toutes les communes"), ("97209", TRICKY), ("97225", mark_safe("<b>Saint-Pierre</b>"))],
        widget=forms.Select(attrs={"aria-describedby": "aide-commune", "class": "select"}),
    )
    grouped = forms.TypedChoiceField(
        required=False,
        coerce=int,
        choices=[
            (0, "Zéro"),
            ("Nord", [(1, "Le Lorrain"), (2, "Basse-Pointe")]),
            ("Sud <&>", [(3, "Le Marin")]),
        ],
    )
    several = forms.MultipleChoiceField(required=False, choices=[("a", "A"), ("b", "B"), ("c", TRICKY)])
    unknown = forms.NullBooleanField(required=False)
    radio = forms.ChoiceField(required=False, choices=[("o", "O"), ("n", TRICKY)], widget=forms.RadioSelect)
    boxes = forms.MultipleChoiceField(
        required=False, choices=[("a", "A")], widget=forms.CheckboxSelectMultiple
    )


DATA = {
    "text": TRICKY,
    "number": "12",
    "email": "madi@example.org",
    "url": "https://example.org/?a=1&b=2",
    "date": "2026-12-06",
    "hidden": '"><script>',
    "password": "s3cret&",
    "search": "numérique",
    "tel": "0696 12 34 56",
    "color": "#ff0000",
    "time": "14:30",
    "ticked": "on",
    "commune": "97209",
    "grouped": "2",
    "several": ["a", "c"],
    "unknown": "true",
    "radio": "n",
    "boxes": ["a"],
}
INITIAL = {"date": datetime.date(2026, 12, 6), "grouped": 3, "text": mark_safe("<em>déjà</em>")}


def both(form_class, **kwargs):
    return form_class(renderer=TemplatesSetting(), **kwargs), form_class(renderer=FormRenderer(), **kwargs)


@pytest.mark.parametrize("kwargs", [{}, {"data": DATA}, {"initial": INITIAL}, {"data": {"grouped": "9"}}])
def test_every_input_and_select_is_the_markup_of_django_s_templates(kwargs):
    by_templates, built = both(Everything, **kwargs)

    for name in Everything.base_fields:
        assert str(built[name]) == str(by_templates[name]), name
    assert str(built) == str(by_templates)  # the labels, errors and help texts around them too


@pytest.mark.django_db
@pytest.mark.parametrize(
    "form_class, data",
    [
        (CatalogueFilterForm, {"niveau": ["5"], "commune": "lorain", "tri": "date"}),
        (EventFilterForm, {"commune": "97209"}),
        (MapFilterForm, {"type": ["fablab"], "gratuit": "on"}),
        (SolutionsFilterForm, {"commune": "97209"}),
    ],
)
def test_the_listings_filters_are_unchanged(form_class, data):
    for kwargs in ({}, {"data": data}):
        by_templates, built = both(form_class, **kwargs)
        html = [str(field) for field in built]
        assert html == [str(field) for field in by_templates]
        assert "".join(html).count("<option") >= 3  # their selects, built in Python


def test_an_option_with_a_template_of_its_own_goes_to_the_templates():
    class Stars(forms.Select):
        option_template_name = "django/forms/widgets/input.html"  # any other template

    class Rating(forms.Form):
        stars = forms.ChoiceField(choices=[("1", "*"), ("2", "**")], widget=Stars)

    by_templates, built = both(Rating, data={"stars": "2"})
    assert str(built["stars"]) == str(by_templates["stars"])
    assert "<input" in str(built["stars"])


def test_a_template_overridden_by_the_project_is_used(tmp_path):
    overridden = tmp_path / "django" / "forms" / "widgets" / "input.html"
    overridden.parent.mkdir(parents=True)
    overridden.write_text('<input class="overridden" name="{{ widget.name }}">')
    templates = [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [tmp_path],
            "APP_DIRS": True,
        }
    ]
    with override_settings(TEMPLATES=templates):
        assert str(Everything(renderer=FormRenderer())["text"]) == '<input class="overridden" name="text">'


@pytest.mark.parametrize("suffix", [None, "", " :"])
def test_a_label_is_the_markup_of_django_s_template(suffix):
    by_templates, built = both(Everything, data={"text": ""}, auto_id="id_%s", label_suffix=suffix)
    for name in Everything.base_fields:
        assert built[name].label_tag() == by_templates[name].label_tag(), name
        attrs = {"class": "visually-hidden", "data-hint": TRICKY}
        assert built[name].label_tag(TRICKY, attrs=attrs) == by_templates[name].label_tag(TRICKY, attrs=attrs)
        assert built[name].legend_tag() == by_templates[name].legend_tag()
    without_ids = both(Everything, auto_id=False)
    assert without_ids[1]["text"].label_tag() == without_ids[0]["text"].label_tag()


def test_the_inputs_built_in_python_are_django_s_plain_inputs():
    """A new Django release that changes one of these templates is caught here."""
    include = '{% include "django/forms/widgets/input.html" %}\n'
    for name in INPUTS:
        assert (DJANGO_FORMS_TEMPLATES / name).read_text() == include, name
    include = '{% include "django/forms/widgets/input_option.html" %}\n'
    for name in CHOICES:
        assert (DJANGO_FORMS_TEMPLATES / name).read_text() == include, name


class Filters(forms.Form):
    niveau = forms.TypedMultipleChoiceField(
        choices=[(3, "CAP"), (5, "Bac+2 <BTS>"), (6, "Licence & « pro »")],
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"aria-describedby": 'aide "niveau"'}),
    )
    radio = Everything.base_fields["radio"]


@pytest.mark.parametrize("data", [{}, {"niveau": ["5"]}, {"niveau": ["3", "6"], "radio": "n"}])
def test_a_choice_of_a_checkbox_or_radio_list_is_the_markup_of_django_s_templates(data):
    by_templates, built = both(Filters, data=data)
    for name in ("niveau", "radio"):
        for expected, option in zip(by_templates[name], built[name], strict=True):
            assert str(option.tag()) == str(expected.tag())  # the input alone, as the filters show it
            assert str(option.tag(wrap_label=True)) == str(expected.tag(wrap_label=True))
