"""django-q2 entry points of the places map (retried by the cluster on failure)."""

from lieux.models import PlaceCorrection
from lieux.services import correction_notify, erase_old_correction_emails, send_verification_requests


def correction_notify_task(correction_id: int) -> None:
    correction = PlaceCorrection.objects.select_related("place").filter(pk=correction_id).first()
    if correction:
        correction_notify(correction=correction)


def place_verification_task() -> int:
    """Daily: the yearly "is this still right?" e-mails, and the retention of correction e-mails."""
    erase_old_correction_emails()
    return send_verification_requests()
