"""django-q2 entry points of the events (retried by the cluster on failure)."""

from evenements import services
from evenements.models import Registration


def registration_email_task(registration_id: int, kind: str) -> None:
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration and registration.anonymised_at is None:
        services.send_registration_email(registration=registration, kind=kind)


def event_reminders_task() -> int:
    return services.send_reminders()


def registrations_retention_task() -> int:
    return services.anonymise_past_registrations()
