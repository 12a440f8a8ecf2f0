"""django-q2 entry points of the label: load by id, then do the work (retried on failure)."""

from label import notifications, services
from label.models import LabelApplication


def _load(application_id: int) -> LabelApplication | None:
    return LabelApplication.objects.select_related("provider__user").filter(pk=application_id).first()


def notify_provider_task(application_id: int, action: str) -> None:
    if application := _load(application_id):
        notifications.notify_provider(application, action)


def notify_reviewers_task(application_id: int) -> None:
    if application := _load(application_id):
        notifications.notify_reviewers(application)


def expiry_reminders_task() -> int:
    return services.send_expiry_reminders()
