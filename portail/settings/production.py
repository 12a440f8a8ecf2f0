"""Production: base plus the variables that must be set explicitly."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env

if "DATABASE_URL" not in env.ENVIRON:
    raise ImproperlyConfigured("Set DATABASE_URL: production never falls back to SQLite.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the public host names.")

DEBUG = False
if "SITE_URL" not in env.ENVIRON:
    SITE_URL = WAGTAILADMIN_BASE_URL = f"https://{ALLOWED_HOSTS[0]}"  # noqa: F405
