"""What every e-mail alert shares (funding schemes, calls for tenders): a secret token per
subscription, and e-mails that carry a one-click unsubscribe header (RFC 8058). They go through the
outbox like every e-mail of the portal."""

import secrets

from django.core.mail import EmailMessage


def alert_token() -> str:
    """The subscription's secret: it confirms, unsubscribes and names nobody."""
    return secrets.token_urlsafe(32)


def send_alert_email(*, to: str, subject: str, body: str, one_click_url: str) -> None:
    EmailMessage(
        subject=subject,
        body=body,
        to=[to],
        headers={
            "List-Unsubscribe": f"<{one_click_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()
