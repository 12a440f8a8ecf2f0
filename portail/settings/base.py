"""Production-safe base settings. Everything environment-specific comes from `env`."""

import ipaddress
import shutil
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from .env import BASE_DIR, env

SECRET_KEY = env("SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL").rstrip("/")
GUICHET_RETENTION_DAYS = env("GUICHET_RETENTION_DAYS")
GUICHET_SUBMISSIONS_PER_HOUR = 5  # per visitor's address
GUICHET_SIRET_LOOKUPS_PER_HOUR = 30  # per visitor's address: company register lookups
LABEL_VALIDITY_DAYS = env("LABEL_VALIDITY_DAYS")
LABEL_REMINDER_DAYS = (60, 30, 7)  # e-mails to the provider before its label expires
LABEL_EVIDENCE_MAX_BYTES = 5 * 1024 * 1024
LABEL_EVIDENCE_MAX_PIXELS = 50_000_000  # an A4 page scanned at 600 dpi is 35 million
BUYER_NEED_NOTIFY_CAP = 30  # providers e-mailed when a need is published (labelled ones first)
BUYER_NEED_LINK_DAYS = 730  # the buyer's signed link opens its need for this long
BUYER_NEED_RETENTION_DAYS = 365  # a closed or rejected need is deleted after this
CLAMD_ADDRESS = env("CLAMD_ADDRESS")  # portail.antivirus; empty: uploads are not scanned
CLAMD_TIMEOUT_SECONDS = 15
ENTREPRISES_API_URL = env("ENTREPRISES_API_URL").rstrip("/")  # guichet.companies; empty: off
WAGTAILADMIN_BASE_URL = SITE_URL

PROJECT_APPS = [
    "portail",
    "catalogue",
    "financements",
    "lieux",
    "evenements",
    "guichet",
    "label",
    "besoins",
    "achats",
    "observatoire",
    "search",
    "demo",
]
INSTALLED_APPS = [
    *PROJECT_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_q",
    "captcha",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portail.middleware.security_headers_middleware",
    "portail.api.http.api_http_middleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portail.page_cache.anonymous_page_cache_middleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portail.middleware.LocaleMiddleware",
    "portail.site_cache.site_middleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portail.middleware.staff_idle_timeout_middleware",
    "portail.middleware.admin_mfa_required_middleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portail.urls"
# Widgets render through the project's templates (templates/captcha/ overrides the captcha widget).
FORM_RENDERER = "portail.form_renderer.FormRenderer"  # TemplatesSetting, its frequent widgets built in Python
WSGI_APPLICATION = "portail.wsgi.application"
AUTH_USER_MODEL = "portail.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": env.db_url_config(env("DATABASE_URL"))}
DATABASES["default"]["CONN_MAX_AGE"] = 60 if not DATABASES["default"]["ENGINE"].endswith("sqlite3") else 0
# SQLite (the quick start): the site and the django-q2 worker write at once. WAL lets pages be read
# during a write; IMMEDIATE transactions take the write lock at BEGIN and wait for it (timeout, in
# seconds) instead of failing with "database is locked" when a read turns into a write.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    # Short timeouts, and local memory while Redis fails (portail/cache.py): an outage costs speed only.
    CACHES = {
        "default": {
            "BACKEND": "portail.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background jobs: django-q2 on the ORM broker, in the database, even when Redis is set: a job is
# stored with the data it works on, and a Redis outage loses none (docs/adr/0009-resilience.md).
Q_CLUSTER = {
    "name": "portail",
    "workers": env("Q_WORKERS"),
    "timeout": 120,
    "retry": 180,
    "max_attempts": 5,
    "ack_failures": True,
    "catch_up": False,
    "label": _("Background jobs"),
    "orm": "default",
}

# Wagtail's own background work (search index, reference index) runs inline.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
# The order of the search's types and facets on the search page and in its API (a contract): the
# apps register them (docs/search.md); registered keys not named here come after, in the order of
# registration.
SEARCH_TYPE_ORDER = ["formation", "financement", "lieu", "evenement", "prestataire", "page"]
SEARCH_FACET_ORDER = [
    "type",
    *("niveau", "region", "domaine", "modalite", "rythme", "certification"),
    *("commune", "epci"),
    "financement",
    *("beneficiaire", "aide", "projet", "financeur", "statut"),
    *("service", "categorie", "public", "tarif"),
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Accounts: e-mail login with mandatory verification, TOTP for everyone (required for staff).
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = _("[Digital portal] ")
ACCOUNT_FORMS = {"signup": "portail.forms.SignupForm"}
# allauth counts per visitor behind proxies (portail.ratelimit.client_ip). Wrong passwords: growing
# delays per address and per (address, account), no lock-out (portail/signin.py); allauth's own
# per-account lock is off, its other rate limits stay.
ACCOUNT_ADAPTER = "portail.adapter.AccountAdapter"
ACCOUNT_RATE_LIMITS = {"login_failed": None}
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
LOGIN_REDIRECT_URL = "/"
LOGIN_URL = "account_login"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Portail numérique de Martinique"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False  # one password reset flow: allauth's
# Sessions that reach personal data (admin, partner space) end after this long without activity.
STAFF_SESSION_IDLE_MINUTES = env("STAFF_SESSION_IDLE_MINUTES")

# Captcha for public forms: an arithmetic challenge, no third party.
CAPTCHA_CHALLENGE_FUNCT = "captcha.helpers.math_challenge"
CAPTCHA_NOISE_FUNCTIONS = ("captcha.helpers.noise_dots",)
CAPTCHA_IMAGE_SIZE = (200, 66)
CAPTCHA_FONT_SIZE = 44
CAPTCHA_TIMEOUT = 10
# The challenge spoken, for people who cannot see the image, when the Debian package `flite` is installed.
CAPTCHA_FLITE_PATH = shutil.which("flite")

# Languages: French is the default and the source language of content.
LANGUAGE_CODE = "fr"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("fr", _("French")),
    ("en", _("English")),
    ("es", _("Spanish")),
]
WAGTAIL_I18N_ENABLED = True
# A page submitted for translation gets drafts in the other languages, published once translated:
# never a live copy showing the French text (wagtail-localize would publish it when the source is live).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Martinique"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# The public API (/api/v1/, docs/api.md): requests per client address, "number/period" (s, m, h, d).
API_THROTTLE_RATE = "120/m"

WAGTAIL_SITE_NAME = "Portail numérique de Martinique"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "csv"]

# E-mail: every message goes through the outbox (portail/outbox/), stored before any attempt, then
# sent by background jobs through the backend of EMAIL_URL and retried for OUTBOX_GIVE_UP_HOURS.
vars().update(env.email_url("EMAIL_URL"))
OUTBOX_BACKEND = EMAIL_BACKEND  # noqa: F821 (set from EMAIL_URL just above)
EMAIL_BACKEND = "portail.outbox.backend.OutboxBackend"
EMAIL_TIMEOUT = 20  # seconds: a mail server that does not answer is an attempt failed, not a stuck worker
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env("DEFAULT_FROM_EMAIL")
OUTBOX_GIVE_UP_HOURS = 72
OUTBOX_ALERT_MINUTES = 30  # a message waiting longer: an error in the logs, "degraded" in /readyz
OUTBOX_KEEP_DAYS = 30
OUTBOX_MESSAGE_ID_DOMAIN = urlsplit(SITE_URL).hostname or "localhost"

# Security: HTTPS everywhere, secure cookies, HSTS, strict headers (see portail/middleware.py).
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT")
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]  # the load balancer checks over plain HTTP
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Whole public pages kept for anonymous visitors (portail/page_cache.py), in Redis only: every process
# (web nodes, workers) must see the same purges, which a per-process memory cache cannot give.
PAGE_CACHE = env("PAGE_CACHE") and bool(REDIS_URL)
# The language cookie ("/" opens in the language last read) is written by static/js/language.js, not by
# the server: a page that sets a cookie could not be kept for other visitors (portail/page_cache.py).
# Admin avatars are Wagtail's own picture: Gravatar is a third party (the CSP blocks it, and it would
# receive a hash of each staff member's e-mail address).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
X_FRAME_OPTIONS = "DENY"
if env("BEHIND_TLS_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Reverse proxies trusted to tell the visitor's address in X-Forwarded-For (portail/ratelimit.py).
TRUSTED_PROXY_COUNT = env("TRUSTED_PROXY_COUNT")
TRUSTED_PROXY_NETWORKS = [ipaddress.ip_network(cidr) for cidr in env("TRUSTED_PROXY_NETWORKS")]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        name: {"handlers": ["console"], "level": env("LOG_LEVEL"), "propagate": False}
        for name in (
            "portail",
            "catalogue",
            "financements",
            "lieux",
            "evenements",
            "guichet",
            "label",
            "besoins",
            "achats",
            "search",
            "demo",
        )
    },
}
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Places map (lieux): the tile server; events: how long sign-ups are kept after an event.
MAP_TILE_URL = env("MAP_TILE_URL")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION")
REGISTRATION_RETENTION_DAYS = 30
