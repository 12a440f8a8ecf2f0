"""The e-mail backend of the portal: it stores each message in the outbox, then asks for its delivery."""

from django.core.mail.backends.base import BaseEmailBackend

from portail.outbox import services


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        stored = [services.store(message) for message in email_messages]
        for email in stored:
            services.request_delivery(email)
        return len(stored)
