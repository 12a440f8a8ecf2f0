"""django-q2 entry points: load by id, then call the code that does the work (retried on failure)."""

from guichet import follow_up, notifications, services
from guichet.models import AccompanimentRequest, Partner


def _load(request_id: int) -> AccompanimentRequest | None:
    return AccompanimentRequest.objects.select_related("partner", "commune").filter(pk=request_id).first()


def send_receipt_task(request_id: int) -> None:
    if request := _load(request_id):  # deleted by its owner in the meantime: nothing to send
        notifications.send_receipt(request)


def send_tracking_link_task(request_id: int) -> None:
    if request := _load(request_id):
        notifications.send_tracking_link(request)


def notify_partner_task(request_id: int, event: str, partner_id: int | None = None) -> None:
    if request := _load(request_id):
        notifications.notify_partner(request, event, Partner.objects.filter(pk=partner_id).first())


def notify_company_task(request_id: int, action: str) -> None:
    if request := _load(request_id):
        notifications.notify_company(request, action)


def send_reminders_task() -> dict:
    return services.send_reminders()


def anonymise_task() -> int:
    return services.anonymise_closed_requests()


def send_check_ins_task() -> int:
    return follow_up.send_check_ins()
