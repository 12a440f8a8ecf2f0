"""The buyer's tracking link: the need's id signed with the site's secret (salt, max age), like the
guichet's (docs/adr/0006). Nothing stored, nothing to guess; it is given in the e-mails only."""

import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from besoins.models import Need

SALT = "besoins.tracking"


def token(need: Need) -> str:
    return signing.dumps(need.pk, salt=SALT)


def tracking_url(need: Need, *, absolute=True) -> str:
    with translation.override(need.language):
        path = reverse("besoins:track", args=[token(need)])
    return settings.SITE_URL + path if absolute else path


def need_from_token(value: str) -> tuple[Need | None, str]:
    """(need, "") or (None, "forged" | "expired"): a link older than BUYER_NEED_LINK_DAYS, or whose
    need was deleted (retention), has expired."""
    max_age = datetime.timedelta(days=settings.BUYER_NEED_LINK_DAYS)
    try:
        pk = signing.loads(value, salt=SALT, max_age=max_age)
    except signing.SignatureExpired:
        return None, "expired"
    except signing.BadSignature:
        return None, "forged"
    need = Need.objects.select_related("commune", "chosen__provider").filter(pk=pk).first()
    return (need, "") if need else (None, "expired")
