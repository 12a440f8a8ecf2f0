from django import template

from financements.enums import Beneficiary, HelpKind, ProjectType, Sector

register = template.Library()
ENUMS = {"beneficiary": Beneficiary, "help_kind": HelpKind, "project_type": ProjectType, "sector": Sector}


@register.filter
def labels(values, kind):
    """["tpe", "pme"]|labels:"beneficiary" → the labels, in the visitor's language."""
    enum = ENUMS[kind]
    return [enum(value).label for value in values]
