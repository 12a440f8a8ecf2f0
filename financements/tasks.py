"""django-q2 entry points: load by id, call a service (retried by the cluster on failure)."""

from financements.models import FundingAlert
from financements.services import funding_alert_send_confirmation, funding_alerts_send


def funding_alert_confirmation_task(alert_id: int) -> None:
    alert = FundingAlert.objects.filter(pk=alert_id, confirmed_at__isnull=True).first()
    if alert:  # unsubscribed or already confirmed in the meantime: nothing to send
        funding_alert_send_confirmation(alert=alert)


def funding_alerts_task() -> int:
    return funding_alerts_send()
