"""django-q2 entry points: load by id, then call the code that does the work (retried on failure)."""

from guichet import notifications, services
from guichet.models import AccompanimentRequest


def _load(request_id: int) -> AccompanimentRequest | None:
    return AccompanimentRequest.objects.select_related("partner", "commune").filter(pk=request_id).first()


def send_receipt_task(request_id: int) -> None:
    if request := _load(request_id):  # deleted by its owner in the meantime: nothing to send
        notifications.send_receipt(request)


def send_tracking_link_task(request_id: int) -> None:
    if request := _load(request_id):
        notifications.send_tracking_link(request)


def notify_partner_task(request_id: int, event: str) -> None:
    if request := _load(request_id):
        notifications.notify_partner(request, event)


def notify_company_task(request_id: int, action: str) -> None:
    if request := _load(request_id):
        notifications.notify_company(request, action)


def send_reminders_task() -> dict:
    return services.send_reminders()


def anonymise_task() -> int:
    return services.anonymise_closed_requests()
