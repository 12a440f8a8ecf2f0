from django import template

from lieux.enums import AccessMode, Audience, Fee, PlaceKind, Service, SpecificSupport, SupportMode

register = template.Library()
ENUMS = {
    "kind": PlaceKind,
    "service": Service,
    "audience": Audience,
    "support": SpecificSupport,
    "fee": Fee,
    "access": AccessMode,
    "support_mode": SupportMode,
}


@register.filter
def place_labels(values, kind):
    """["fablab", "epn"]|place_labels:"kind" → the labels, in the visitor's language."""
    enum = ENUMS[kind]
    return [enum(value).label for value in values if value in enum.values]
