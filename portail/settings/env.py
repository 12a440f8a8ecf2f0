"""The one typed environment schema. Settings read the environment only through `env`.

Each variable is declared once here; the README table is checked against this list
(tests/portail/test_settings.py).
"""

from dataclasses import dataclass
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parents[2]

REQUIRED = environ.Env.NOTSET


@dataclass(frozen=True)
class Variable:
    name: str
    cast: type
    default: object
    description: str


VARIABLES = [
    Variable(
        "SECRET_KEY",
        str,
        REQUIRED,
        "Django secret key. Required; dev and test settings provide a throwaway one.",
    ),
    Variable("DEBUG", bool, False, "Debug mode. Never true in production."),
    Variable("ALLOWED_HOSTS", list, [], "Comma-separated host names the site answers to."),
    Variable("CSRF_TRUSTED_ORIGINS", list, [], "Comma-separated origins (https://…) trusted for CSRF."),
    Variable(
        "DATABASE_URL",
        str,
        f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        "Database, e.g. postgres://user@127.0.0.1:5432/portail.",
    ),
    Variable(
        "REDIS_URL",
        str,
        "",
        "Redis, e.g. redis://127.0.0.1:6379/0. When set: the cache (local memory while Redis fails).",
    ),
    Variable(
        "ELASTICSEARCH_URL",
        str,
        "",
        "Elasticsearch 8 cluster for the search app (read, not used until search is built).",
    ),
    Variable(
        "EMAIL_URL",
        str,
        "consolemail://",
        "Outgoing mail, e.g. smtp+tls://user:password@smtp.example.org:587.",
    ),
    Variable(
        "DEFAULT_FROM_EMAIL",
        str,
        "Portail numérique de Martinique <ne-pas-repondre@localhost>",
        "Sender of the e-mails the portal sends.",
    ),
    Variable(
        "GUICHET_RETENTION_DAYS",
        int,
        730,
        "Days after closure before a guichet request is anonymised (statistics are kept).",
    ),
    Variable(
        "SITE_URL", str, "http://127.0.0.1:8000", "Public base URL, used in e-mails and the Wagtail admin."
    ),
    Variable(
        "SECURE_SSL_REDIRECT",
        bool,
        True,
        "Redirect plain HTTP to HTTPS (turn off only behind a proxy that does it).",
    ),
    Variable("SECURE_HSTS_SECONDS", int, 31536000, "HSTS max-age in seconds."),
    Variable("BEHIND_TLS_PROXY", bool, False, "Trust X-Forwarded-Proto from the reverse proxy."),
    Variable(
        "TRUSTED_PROXY_COUNT",
        int,
        0,
        "Reverse proxies in front of the site: the visitor's address is read from X-Forwarded-For "
        "that many entries from the right. 0: REMOTE_ADDR only.",
    ),
    Variable(
        "TRUSTED_PROXY_NETWORKS",
        list,
        [],
        "Comma-separated networks (CIDR) of the reverse proxies: X-Forwarded-For is read from the "
        "right past their addresses, when REMOTE_ADDR is in one.",
    ),
    Variable("MEDIA_ROOT", str, str(BASE_DIR / "media"), "Where uploaded images and documents are stored."),
    Variable(
        "PRIVATE_MEDIA_ROOT",
        str,
        str(BASE_DIR / "private"),
        "Private uploads (label evidence), outside MEDIA_ROOT and never served directly.",
    ),
    Variable(
        "CLAMD_ADDRESS",
        str,
        "",
        "clamd (ClamAV) scanning uploads: a Unix socket path or host:port. Empty: no antivirus scan.",
    ),
    Variable(
        "ENTREPRISES_API_URL",
        str,
        "",
        "The State's company register search API (https://recherche-entreprises.api.gouv.fr): a SIRET "
        "prefills the guichet's company step. Empty: the form asks for everything.",
    ),
    Variable(
        "LABEL_VALIDITY_DAYS", int, 730, "How long a label « produit local numérique » is valid, in days."
    ),
    Variable(
        "STAFF_SESSION_IDLE_MINUTES",
        int,
        30,
        "Minutes without activity before people in the Wagtail admin or the partner space are signed out.",
    ),
    Variable("STATIC_ROOT", str, str(BASE_DIR / "staticfiles"), "Where collectstatic puts static files."),
    Variable("Q_WORKERS", int, 2, "Number of django-q2 worker processes."),
    Variable("LOG_LEVEL", str, "INFO", "Log level of the portal's own loggers."),
    Variable(
        "PAGE_CACHE",
        bool,
        True,
        "Keep public pages for anonymous visitors (with REDIS_URL only). Off only to measure.",
    ),
    Variable(
        "MAP_TILE_URL",
        str,
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "Tiles of the places map ({z}/{x}/{y}); its host is allowed for images there. Empty: no tiles.",
    ),
    Variable(
        "MAP_TILE_ATTRIBUTION",
        str,
        "© OpenStreetMap contributors",
        "Credit shown on the map for the tiles.",
    ),
]

env = environ.Env(**{v.name: (v.cast, v.default) for v in VARIABLES})
