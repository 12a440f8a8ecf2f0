"""django-q2 entry points of local digital purchasing (retried by the cluster on failure)."""

from achats import alerts, guide
from achats.models import CallAlert


def call_alert_confirmation_task(alert_id: int) -> None:
    alert = CallAlert.objects.filter(pk=alert_id, confirmed_at__isnull=True).first()
    if alert:  # unsubscribed or already confirmed in the meantime: nothing to send
        alerts.call_alert_send_confirmation(alert=alert)


def call_alerts_task() -> int:
    return alerts.call_alerts_send()


def buyers_guide_task() -> None:
    guide.buyers_guide_build_all()
