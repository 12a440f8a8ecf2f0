"""Test settings: SQLite in memory unless DATABASE_URL points elsewhere; jobs run inline."""

import os
from urllib.parse import urlsplit

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DATABASE_URL", "sqlite://:memory:")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
# pytest-xdist (`make test` runs two workers): each worker gets its own Redis database, since the
# tests empty the cache between them, and its own media folders. Each has its own test database.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if WORKER and os.environ.get("REDIS_URL"):
    redis_url = urlsplit(os.environ["REDIS_URL"])
    redis_db = (int(redis_url.path.strip("/") or 0) + int(WORKER.removeprefix("gw"))) % 16
    os.environ["REDIS_URL"] = redis_url._replace(path=f"/{redis_db}").geturl()

from .base import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's test set-up makes EMAIL_BACKEND locmem; tests/conftest.py puts the outbox back in front.
OUTBOX_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
Q_CLUSTER = {**Q_CLUSTER, "sync": True}  # noqa: F405
CAPTCHA_TEST_MODE = True
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
MEDIA_ROOT = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"portail-test-media{WORKER}")
PRIVATE_MEDIA_ROOT = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"portail-test-private{WORKER}")
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
# The page cache on whatever the cache is: the tests run in one process (tests/portail/test_page_cache.py).
PAGE_CACHE = True
API_THROTTLE_RATE = "10000/m"  # tests/portail/test_api.py lowers it to see a 429
