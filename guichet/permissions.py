"""Who sees and acts on which request: members of its partner, and the CTM's members (all)."""

from django.db.models import QuerySet

from guichet.enums import PartnerKind
from guichet.models import AccompanimentRequest, Partner


def partners_of(user) -> list[Partner]:
    if not user.is_authenticated:
        return []
    return list(user.partners.all())


def is_supervisor(user) -> bool:
    return any(partner.kind == PartnerKind.CTM for partner in partners_of(user))


def visible_requests(user) -> QuerySet:
    requests = AccompanimentRequest.objects.filter(anonymised_at__isnull=True)
    partners = partners_of(user)
    if any(partner.kind == PartnerKind.CTM for partner in partners):
        return requests
    return requests.filter(partner__in=partners)


def can_act(user, request: AccompanimentRequest) -> bool:
    return any(
        partner.kind == PartnerKind.CTM or partner.pk == request.partner_id for partner in partners_of(user)
    )
