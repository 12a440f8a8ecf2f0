"""django-q2 entry points of the outbox."""

from portail.outbox import services


def deliver_email_task(email_id: int) -> bool:
    return services.deliver(email_id)


def deliver_due_emails_task() -> int:
    return services.deliver_due()


def purge_emails_task() -> int:
    return services.purge()
