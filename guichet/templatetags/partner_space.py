from django import template

from guichet.partner.mediation import is_mediator
from guichet.permissions import partners_of

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_bar(context) -> dict:
    """What the partner space's top bar shows to the signed-in user: their organisations, and the
    links they may follow (list, mediation, admin). Two queries."""
    user = context["request"].user
    partners = partners_of(user)
    match = context["request"].resolver_match
    return {
        "partners": partners,
        "member": bool(partners),
        "mediator": bool(partners) or is_mediator(user),
        "staff": user.has_perm("wagtailadmin.access_admin"),
        "current": match.url_name if match else "",
    }
