"""The listings' active filters: removable chips with human labels, and their count for « Filter (n) »;
the facets' checkboxes, built in Python (one template include per option cost most of a listing's filters)."""

from django import forms, template
from django.utils.formats import localize
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Fields that order or qualify the results rather than filter them
NOT_FILTERS = {"page", "tri", "sort", "rayon", "radius", "lat", "lon", "q"}


def _choice_labels(field) -> dict[str, str]:
    labels = {}
    for value, label in getattr(field, "choices", ()):
        if isinstance(label, (list, tuple)):  # an optgroup
            labels.update({str(v): str(lbl) for v, lbl in label})
        else:
            labels[str(value)] = str(label)
    return labels


def _without(query, name: str, value: str) -> str:
    query = query.copy()
    query.setlist(name, [kept for kept in query.getlist(name) if kept != value])
    query.pop("page", None)
    return f"?{query.urlencode()}" if query else "?"


@register.simple_tag(takes_context=True)
def filter_chips(context, form) -> list[dict]:
    """One chip per value of the form's filters in the query: {facet, label, url without it}."""
    query = context["request"].GET
    chips = []
    for name, field in form.fields.items():
        if name in NOT_FILTERS or isinstance(field.widget, forms.HiddenInput):
            continue
        labels = _choice_labels(field)
        for value in query.getlist(name):
            if not value.strip():
                continue
            if isinstance(field, forms.BooleanField):
                chip = {"facet": "", "label": str(field.label)}
            else:
                chip = {"facet": str(field.label), "label": labels.get(value, value)}
            chips.append({**chip, "url": _without(query, name, value)})
    return chips


@register.filter
def any_selected(values) -> bool:
    """Whether one of a facet's values (each with `.selected`) is ticked: its « more » list opens then."""
    return any(getattr(value, "selected", False) for value in values)


@register.filter
def any_ticked(options, ticked) -> bool:
    """Whether one of the (value, label, count) options is among the field's ticked values."""
    ticked = {str(value) for value in ticked or ()}
    return any(str(option[0]) in ticked for option in options)


@register.simple_tag
def facet_checkbox(field, value, label, count, number, ticked=None):
    """One value of a facet (components/facet_checkbox.html): `ticked` is the field's value, read
    once per facet by the caller."""
    ticked = (field.value() if ticked is None else ticked) or ()  # None: an unbound form
    identifier = f"{field.auto_id}_{number}"
    return format_html(
        '<div class="filters__option">\n  <input type="checkbox" name="{}" value="{}" id="{}"{}>\n'
        '  <label for="{}">{} <span class="count">({})</span></label>\n</div>',
        field.html_name,
        value,
        identifier,
        mark_safe(" checked") if str(value) in ticked else "",
        identifier,
        label,
        localize(count),
    )


@register.simple_tag
def facet_option(facet, value, number):
    """One value of a search facet (search/components/filters.html): its checkbox, label and count."""
    identifier = f"f-{facet.key}-{number}"
    return format_html(
        '<div class="filters__option"><input type="checkbox" name="{}" value="{}" id="{}"{}> '
        '<label for="{}">{} <span class="filters__count">({})</span></label></div>\n',
        facet.key,
        value.value,
        identifier,
        mark_safe(" checked") if value.selected else "",
        identifier,
        value.label,
        localize(value.count),
    )
