"""Who sees and acts on which request: members of its partner, and the CTM's members (all). A partner
holding a part handed over to it sees the request and acts on its part only."""

from django.db.models import Q, QuerySet

from guichet.enums import PartnerKind
from guichet.models import AccompanimentRequest, Partner, RequestPart


def partners_of(user) -> list[Partner]:
    """The user's partners, read once per user object (so once per HTTP request for `request.user`)."""
    if not user.is_authenticated:
        return []
    if not hasattr(user, "_guichet_partners"):
        user._guichet_partners = list(user.partners.all())
    return user._guichet_partners


def is_supervisor(user) -> bool:
    return any(partner.kind == PartnerKind.CTM for partner in partners_of(user))


def visible_requests(user) -> QuerySet:
    requests = AccompanimentRequest.objects.filter(anonymised_at__isnull=True)
    partners = partners_of(user)
    if any(partner.kind == PartnerKind.CTM for partner in partners):
        return requests
    parts = RequestPart.objects.filter(partner__in=partners).values("request")
    return requests.filter(Q(partner__in=partners) | Q(pk__in=parts))


def can_act(user, request: AccompanimentRequest) -> bool:
    return any(
        partner.kind == PartnerKind.CTM or partner.pk == request.partner_id for partner in partners_of(user)
    )


def can_act_on_part(user, part: RequestPart) -> bool:
    """The part's partner, or the CTM: the partner that handed it over only follows its status."""
    return any(
        partner.kind == PartnerKind.CTM or partner.pk == part.partner_id for partner in partners_of(user)
    )


def part_held_by(user, request: AccompanimentRequest) -> RequestPart | None:
    """The part of `request` handed over to one of the user's partners, if any."""
    return request.parts.filter(partner__in=partners_of(user)).select_related("partner").first()
