"""Settings for bench/guichet_load.py: a production-like server whose captcha and rate limit let a
load generator through. Never use it for anything else."""

from .dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
CAPTCHA_TEST_MODE = True
GUICHET_SUBMISSIONS_PER_HOUR = 1_000_000
LOGGING = {"version": 1, "disable_existing_loggers": False}
Q_CLUSTER = {**Q_CLUSTER, "log_level": "WARNING"}  # noqa: F405
