"""Production settings for `make production-check` only: a load generator gets through the guichet.

Everything else is production's: the cache, the job queue, the outbox, the search engines.
"""

from portail.settings.production import *  # noqa: F403

CAPTCHA_TEST_MODE = True  # the check answers "PASSED", as the test suite does
GUICHET_SUBMISSIONS_PER_HOUR = 1_000_000  # every submission comes from 127.0.0.1
# The captcha library logs an error at start-up about its test mode: expected here, not news.
LOGGING["loggers"]["captcha"] = {"level": "CRITICAL"}  # noqa: F405
