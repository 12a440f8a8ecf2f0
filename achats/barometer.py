"""The buyers' yearly barometer: answers, signed invitations, and results with small counts hidden.

No published cell counts fewer than SMALLEST_CELL answers; when a single cell of a table would be
hidden, the next smallest is hidden too, so that it cannot be worked out from the total."""

import hashlib
import secrets
from collections import Counter

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Avg
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from achats.enums import SATISFACTION_CHOICES, BuyerKind, LocalShare
from achats.models import BarometerResponse

SMALLEST_CELL = 5
INVITATION_SALT = "achats.barometer-invitation"
INVITATION_DAYS = 120


def barometer_record(*, year: int, data: dict, invitation_key: str = "") -> BarometerResponse | None:
    """Record an answer; None when the invitation was answered meanwhile (a double click)."""
    try:
        with transaction.atomic():
            return BarometerResponse.objects.create(
                year=year,
                buyer_kind=data["buyer_kind"],
                local_share=data["local_share"],
                satisfaction=int(data["satisfaction"]),
                comment=data.get("comment", ""),
                invitation_key=invitation_key,
            )
    except IntegrityError:
        return None


def invitation_token(*, year: int) -> str:
    """A link's secret: the year and a random number, signed; no e-mail address in it."""
    return signing.dumps({"year": year, "n": secrets.token_hex(8)}, salt=INVITATION_SALT, compress=True)


def invitation_year(token: str) -> int | None:
    """The year a valid, unexpired invitation is for; None for a forged, altered or expired one."""
    try:
        return int(signing.loads(token, salt=INVITATION_SALT, max_age=INVITATION_DAYS * 86400)["year"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def invitation_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_used(token: str) -> bool:
    return BarometerResponse.objects.filter(invitation_key=invitation_key(token)).exists()


def barometer_invite(*, emails: list[str], year: int, language: str = "fr") -> int:
    """E-mail each buyer a link that answers once, without a captcha. Addresses are not kept."""
    with translation.override(language):
        for email in emails:
            token = invitation_token(year=year)
            url = settings.SITE_URL + reverse("achats:barometer_invitation", args=[token])
            EmailMessage(
                subject=_("Local digital purchasing barometer %(year)s") % {"year": year},
                body=render_to_string("achats/emails/barometer_invitation.txt", {"url": url, "year": year}),
                to=[email],
            ).send()
    return len(emails)


def _suppressed(counts: dict) -> set:
    hidden = {key for key, count in counts.items() if count < SMALLEST_CELL}
    shown = sorted((count, str(key)) for key, count in counts.items() if key not in hidden)
    if len(hidden) == 1 and shown:
        smallest = shown[0][1]
        hidden |= {key for key in counts if str(key) == smallest}
    return hidden


def _table(counts: dict, choices, total: int) -> list[dict]:
    hidden = _suppressed(counts)
    return [
        {
            "key": str(value),
            "label": str(label),
            "count": None if value in hidden else counts[value],
            "percent": None if value in hidden else round(100 * counts[value] / total),
        }
        for value, label in choices
    ]


def barometer_years() -> list[int]:
    return list(BarometerResponse.objects.order_by("-year").values_list("year", flat=True).distinct())


def barometer_results(year: int) -> dict:
    """One year's tables; `published` is False (and nothing else given) under SMALLEST_CELL answers."""
    answers = BarometerResponse.objects.filter(year=year)
    total = answers.count()
    if total < SMALLEST_CELL:
        return {"year": year, "total": total, "published": False}
    shares = Counter(answers.values_list("local_share", flat=True))
    satisfaction = Counter(answers.values_list("satisfaction", flat=True))
    kinds = Counter(answers.values_list("buyer_kind", flat=True))
    return {
        "year": year,
        "total": total,
        "published": True,
        "local_share": _table(
            {value: shares[value] for value in LocalShare.values}, LocalShare.choices, total
        ),
        "satisfaction": _table(
            {value: satisfaction[value] for value, _label in SATISFACTION_CHOICES},
            SATISFACTION_CHOICES,
            total,
        ),
        "buyer_kind": _table({value: kinds[value] for value in BuyerKind.values}, BuyerKind.choices, total),
        "average_satisfaction": round(answers.aggregate(value=Avg("satisfaction"))["value"], 1),
    }
