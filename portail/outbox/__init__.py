"""The e-mail outbox (issue 19): messages are stored, then sent and retried by background jobs.

`EMAIL_BACKEND` is `portail.outbox.backend.OutboxBackend`; the real backend (SMTP in production) is
`OUTBOX_BACKEND`. See docs/deployment.md, "E-mail".
"""
