"""Signed tokens for links in e-mails, made of URL-path-safe characters only ([A-Za-z0-9_-]):
Wagtail routes page paths made of such characters, and signing's ":" is not one of them."""

import base64
import binascii

from django.core import signing


def make(value, *, salt: str) -> str:
    return base64.urlsafe_b64encode(signing.dumps(value, salt=salt).encode()).decode().rstrip("=")


def read(token: str, *, salt: str, max_age=None):
    """The signed value, or None when the token is forged, damaged or too old."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        return signing.loads(raw, salt=salt, max_age=max_age)
    except (binascii.Error, UnicodeDecodeError, ValueError, signing.BadSignature):
        return None
