"""Helpers of the design-system components (templates/components/, docs/design-system.md)."""

from django import template
from django.forms import BoundField

register = template.Library()


@register.filter
def field_anchor(field) -> str:
    """The id an error summary entry links to: the field's input, or the first option of a choice list."""
    return field.id_for_label or f"{field.auto_id}_0"


@register.simple_tag
def error_entries(form=None, field=None) -> dict:
    """What an error summary lists: the form's errors of no field, and its visible fields in error in page
    order (the honeypot `website` left out); or, given `field`, that one field's errors only."""
    if isinstance(field, BoundField):  # an unset template variable comes as ""
        return {"general": [], "fields": [field] if field.errors else []}
    if not hasattr(form, "visible_fields"):
        return {"general": [], "fields": []}
    fields = [field for field in form.visible_fields() if field.errors and field.name != "website"]
    return {"general": list(form.non_field_errors()), "fields": fields}


@register.simple_tag
def page_numbers(page, on_each_side=2, on_ends=1) -> list:
    """The page numbers to show around the current page, with None where numbers are left out."""
    ellipsis = page.paginator.ELLIPSIS
    numbers = page.paginator.get_elided_page_range(page.number, on_each_side=on_each_side, on_ends=on_ends)
    return [None if number == ellipsis else number for number in numbers]
