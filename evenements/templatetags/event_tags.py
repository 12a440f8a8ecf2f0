from django import template

from evenements.enums import EventAudience

register = template.Library()


@register.filter
def audience_labels(values):
    """["seniors", "familles"]|audience_labels → who an event is for, in the visitor's language."""
    return [EventAudience(value).label for value in values if value in EventAudience.values]
