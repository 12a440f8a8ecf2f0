"""Store, send, retry and purge the messages of the outbox.

A message is stored before any attempt; the first attempt is a background job, the retries come
from a job that runs every minute, with growing delays, for OUTBOX_GIVE_UP_HOURS (at least 48 h).
Attempts are claimed by a conditional UPDATE, so two workers never send the same message.
"""

import base64
import datetime
import logging
from email.mime.base import MIMEBase
from email.utils import make_msgid

from django_q.tasks import async_task

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.db.models import Count, F, Min, Q
from django.utils import timezone

from portail.models import OutboundEmail

logger = logging.getLogger(__name__)

Status = OutboundEmail.Status
RETRY_MINUTES = (1, 2, 5, 10, 20, 30, 60, 120)  # then every 2 hours
LEASE = datetime.timedelta(minutes=5)  # an attempt in progress; a crashed worker's message comes back after
DUE_BATCH = 200


def store(message: EmailMessage) -> OutboundEmail:
    now = timezone.now()
    headers = dict(message.extra_headers)
    # The same Message-ID on every attempt: a message that did arrive despite an error is not doubled.
    headers.setdefault("Message-ID", make_msgid(domain=settings.OUTBOX_MESSAGE_ID_DOMAIN))
    return OutboundEmail.objects.create(
        retry_from=now,
        next_attempt_at=now,
        subject=str(message.subject),
        from_email=str(message.from_email or settings.DEFAULT_FROM_EMAIL),
        to=list(message.to),
        cc=list(message.cc),
        bcc=list(message.bcc),
        reply_to=list(message.reply_to),
        headers=headers,
        body=str(message.body),
        content_subtype=message.content_subtype,
        alternatives=[[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        attachments=[_attachment(attachment) for attachment in message.attachments],
    )


def _attachment(attachment) -> list:
    if isinstance(attachment, MIMEBase):
        content = attachment.get_payload(decode=True) or b""
        filename, mimetype = attachment.get_filename() or "", attachment.get_content_type()
    else:
        filename, content, mimetype = attachment
    if isinstance(content, str):
        content = content.encode()
    return [filename, base64.b64encode(content).decode("ascii"), mimetype]


def as_message(email: OutboundEmail) -> EmailMessage:
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=email.from_email,
        to=email.to,
        cc=email.cc,
        bcc=email.bcc,
        reply_to=email.reply_to,
        headers=email.headers,
        alternatives=[tuple(alternative) for alternative in email.alternatives],
    )
    message.content_subtype = email.content_subtype
    for filename, content, mimetype in email.attachments:
        message.attach(filename or None, base64.b64decode(content), mimetype)
    return message


def request_delivery(email: OutboundEmail) -> None:
    """The first attempt, as a job; when the job cannot be queued, the minute job sends it."""
    try:
        async_task("portail.outbox.tasks.deliver_email_task", email.pk)
    except Exception:  # the broker is down: the message is stored, deliver_due picks it up
        logger.warning("Could not queue the delivery of e-mail %s; the retry job will send it", email.pk)


def retry_delay(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(minutes=RETRY_MINUTES[min(attempts, len(RETRY_MINUTES)) - 1])


def deliver(email_id: int, *, now=None) -> bool:
    """One attempt; True when sent. Never raises for a mail server error: the outbox keeps the message."""
    now = now or timezone.now()
    claimed = OutboundEmail.objects.filter(
        pk=email_id, status=Status.PENDING, next_attempt_at__lte=now
    ).update(next_attempt_at=now + LEASE, attempts=F("attempts") + 1)
    if not claimed:
        return False  # sent, failed, not due yet, or another worker has it
    email = OutboundEmail.objects.get(pk=email_id)
    try:
        with get_connection(settings.OUTBOX_BACKEND, fail_silently=False) as connection:
            sent = connection.send_messages([as_message(email)])
        if not sent:
            raise RuntimeError("the mail backend sent nothing")
    except Exception as error:  # SMTP, DNS, TLS, timeouts: all mean "try again later"
        _attempt_failed(email, error, now)
        return False
    OutboundEmail.objects.filter(pk=email_id).update(
        status=Status.SENT, sent_at=timezone.now(), last_error=""
    )
    return True


def _attempt_failed(email: OutboundEmail, error: Exception, now) -> None:
    email.last_error = f"{type(error).__name__}: {error}"[:1000]
    give_up_at = email.retry_from + datetime.timedelta(hours=settings.OUTBOX_GIVE_UP_HOURS)
    next_attempt = now + retry_delay(email.attempts)
    if next_attempt > give_up_at:
        email.status = Status.FAILED
        logger.error(
            "E-mail %s abandoned after %s attempts over %s hours: %s",
            email.pk,
            email.attempts,
            settings.OUTBOX_GIVE_UP_HOURS,
            email.last_error,
        )
    else:
        email.next_attempt_at = next_attempt
        logger.warning("E-mail %s not sent (attempt %s): %s", email.pk, email.attempts, email.last_error)
    email.save(update_fields=["status", "next_attempt_at", "last_error"])


def deliver_due(*, now=None) -> int:
    """The minute job: every message due, oldest first; then a log line when the backlog is old."""
    now = now or timezone.now()
    due = OutboundEmail.objects.filter(status=Status.PENDING, next_attempt_at__lte=now)
    sent = sum(
        deliver(pk, now=now)
        for pk in due.order_by("next_attempt_at").values_list("pk", flat=True)[:DUE_BATCH]
    )
    state = backlog(now=now)
    if state["late"]:
        last_error = (
            OutboundEmail.objects.filter(status=Status.PENDING)
            .exclude(last_error="")
            .order_by("-next_attempt_at")
            .values_list("last_error", flat=True)
            .first()
        )
        logger.error(
            "E-mail outbox backlog: %s messages waiting, the oldest for %s minutes (last error: %s)",
            state["pending"],
            state["oldest_pending_minutes"],
            (last_error or "")[:200],
        )
    return sent


def backlog(*, now=None) -> dict:
    """What readiness and the admin report: waiting and failed messages, the oldest wait (one query)."""
    now = now or timezone.now()
    pending = Q(status=Status.PENDING)
    counts = OutboundEmail.objects.aggregate(
        pending=Count("pk", filter=pending),
        failed=Count("pk", filter=Q(status=Status.FAILED)),
        oldest=Min("created_at", filter=pending),
    )
    minutes = int((now - counts["oldest"]).total_seconds() // 60) if counts["oldest"] else 0
    return {
        "pending": counts["pending"],
        "failed": counts["failed"],
        "oldest_pending_minutes": minutes,
        "late": minutes >= settings.OUTBOX_ALERT_MINUTES,
    }


def resend(email: OutboundEmail) -> None:
    """An admin's "send again": a fresh retry period from now."""
    now = timezone.now()
    OutboundEmail.objects.filter(pk=email.pk).update(
        status=Status.PENDING, retry_from=now, next_attempt_at=now, last_error=""
    )
    request_delivery(email)


def purge(*, now=None) -> int:
    """Messages hold personal data: sent ones go after OUTBOX_KEEP_DAYS, failed ones after 3 times that."""
    now = now or timezone.now()
    keep = datetime.timedelta(days=settings.OUTBOX_KEEP_DAYS)
    deleted, _ = OutboundEmail.objects.filter(status=Status.SENT, sent_at__lt=now - keep).delete()
    failed, _ = OutboundEmail.objects.filter(status=Status.FAILED, retry_from__lt=now - 3 * keep).delete()
    return deleted + failed
