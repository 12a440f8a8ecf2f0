"""The company register: the State's "API Recherche d'entreprises" (recherche-entreprises.api.gouv.fr)
prefills the guichet's company step from a SIRET.

Off unless `ENTREPRISES_API_URL` is set. Never raises: not configured, a timeout, a refused
connection, an HTTP error, a body of the wrong shape or an unknown SIRET all give None, and the form
simply asks. Answers are cached for a day (unknown SIRETs for an hour; failures are not cached).
Logs never name the SIRET: a sole trader's identifies a person.
"""

import http.client
import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.cache import cache

from guichet.enums import Sector
from portail.models import Commune

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 2
MAX_BODY_BYTES = 1_000_000
CACHE_SECONDS = 24 * 3600
UNKNOWN_CACHE_SECONDS = 3600
UNKNOWN = "unknown"
LARGE_CATEGORIES = {"ETI", "GE"}  # intermediate-sized and large companies
SME_LIMIT = 250  # people; from 250 on, a company is no longer an SME

# INSEE's bands of employees ("tranche d'effectif salarié"): code → (from, to); None: no upper bound.
STAFF_BANDS = {
    "00": (0, 0),
    "01": (1, 2),
    "02": (3, 5),
    "03": (6, 9),
    "11": (10, 19),
    "12": (20, 49),
    "21": (50, 99),
    "22": (100, 199),
    "31": (200, 249),
    "32": (250, 499),
    "41": (500, 999),
    "42": (1000, 1999),
    "51": (2000, 4999),
    "52": (5000, 9999),
    "53": (10000, None),
}

# NAF (rev. 2) division (two first digits) → our sector. NAF does not say who is an artisan (that is
# the trades register): the divisions mostly made of craft trades (specialised construction: builders,
# plumbers, electricians; repairs; personal services: hairdressers, beauty) count as crafts, and a few
# classes below override their division (bakers, car repair). Everything else is services.
NAF_CLASSES = {"10.71": Sector.CRAFTS, "45.20": Sector.CRAFTS}
NAF_DIVISIONS = {
    **dict.fromkeys(range(1, 4), Sector.AGRICULTURE),
    **dict.fromkeys(range(5, 40), Sector.INDUSTRY),  # mining, manufacturing, energy, water and waste
    41: Sector.SERVICES,  # property development
    42: Sector.INDUSTRY,  # civil engineering
    43: Sector.CRAFTS,
    **dict.fromkeys(range(45, 48), Sector.RETAIL),
    **dict.fromkeys(range(69, 76), Sector.PROFESSIONS),  # law, accounting, architects, engineers, vets
    86: Sector.PROFESSIONS,  # doctors, nurses, physiotherapists
    94: Sector.NON_PROFIT,
    95: Sector.CRAFTS,
    96: Sector.CRAFTS,
}


@dataclass
class Company:
    """What the register says about a SIRET: the legal unit's name and size, the establishment's
    commune (a SIRET designates an establishment) and activity."""

    siret: str
    name: str
    naf: str
    sector: str
    staff_band: str  # INSEE code, "" when unknown
    category: str  # PME, ETI, GE or ""
    insee_code: str
    closed: bool

    @property
    def staff_range(self) -> tuple[int, int | None] | None:
        return STAFF_BANDS.get(self.staff_band)

    @property
    def headcount(self) -> int | None:
        """A starting value for "how many people work in the company": the band's lower bound, and
        at least 1 (the person who runs it). None when the register does not know."""
        return max(self.staff_range[0], 1) if self.staff_range else None

    @property
    def is_large(self) -> bool:
        return self.category in LARGE_CATEGORIES or (self.headcount or 0) >= SME_LIMIT

    @property
    def commune(self) -> Commune | None:
        return Commune.objects.filter(insee_code=self.insee_code).first() if self.insee_code else None


def sector_of(naf: str, legal_form: str = "") -> str:
    """Our sector for a NAF code like "62.01Z" ("" when unknown); associations (legal forms 92xx)
    are non-profit whatever their activity."""
    if legal_form.startswith("92"):
        return Sector.NON_PROFIT
    if naf[:5] in NAF_CLASSES:
        return NAF_CLASSES[naf[:5]]
    if not naf[:2].isdigit():
        return ""
    return NAF_DIVISIONS.get(int(naf[:2]), Sector.SERVICES)


def lookup(siret: str) -> Company | None:
    """The register's answer for a valid SIRET, or None (off, unknown, unreachable, wrong answer)."""
    if not settings.ENTREPRISES_API_URL:
        return None
    key = f"guichet:entreprise:{siret}"
    cached = cache.get(key)
    if cached == UNKNOWN:
        return None
    if cached:
        return Company(**cached)
    try:
        body = _fetch(siret)
    except (OSError, ValueError, http.client.HTTPException) as error:  # URLError, timeouts: OSError
        logger.warning("Company register: no answer (%s)", error)
        return None
    try:
        company = _parse(siret, body)
    except (KeyError, TypeError, AttributeError, IndexError) as error:
        logger.warning("Company register: unexpected answer (%r)", error)
        return None
    if company is None:
        logger.info("Company register: SIRET not found")
        cache.set(key, UNKNOWN, UNKNOWN_CACHE_SECONDS)
        return None
    cache.set(key, asdict(company), CACHE_SECONDS)
    return company


def _fetch(siret: str):
    url = f"{settings.ENTREPRISES_API_URL}/search?" + urllib.parse.urlencode({"q": siret, "per_page": 1})
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    deadline = time.monotonic() + TIMEOUT_SECONDS  # in all, not only per network operation
    body = b""
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        while chunk := response.read1(65536):
            body += chunk
            if time.monotonic() > deadline:
                raise TimeoutError("the answer took too long")
            if len(body) > MAX_BODY_BYTES:
                raise ValueError("the answer is too large")
    return json.loads(body)


def _parse(siret: str, body) -> Company | None:
    unit = next((result for result in body["results"] if result["siren"] == siret[:9]), None)
    if unit is None:
        return None
    places = [unit.get("siege") or {}, *(unit.get("matching_etablissements") or [])]
    place = next((place for place in places if place.get("siret") == siret), None)
    if place is None:
        return None
    naf = place.get("activite_principale") or unit.get("activite_principale") or ""
    return Company(
        siret=siret,
        name=str(unit.get("nom_complet") or unit.get("nom_raison_sociale") or ""),
        naf=naf,
        sector=sector_of(naf, str(unit.get("nature_juridique") or "")),
        staff_band=str(unit.get("tranche_effectif_salarie") or ""),
        category=str(unit.get("categorie_entreprise") or ""),
        insee_code=str(place.get("commune") or ""),
        closed=place.get("etat_administratif") == "F",
    )


PREFILLED = ("company_name", "sector", "headcount", "commune")


def prefill(data, siret: str) -> tuple[object, Company] | None:
    """The company step's data with its empty fields filled from the register, and what the register
    said; None when the register has nothing to add (nothing typed is ever replaced)."""
    empty = [name for name in PREFILLED if not data.get(name, "").strip()]
    company = lookup(siret) if empty else None
    if company is None:
        return None
    commune = company.commune
    found = {
        "company_name": company.name,
        "sector": company.sector,
        "headcount": "" if company.headcount is None else str(company.headcount),
        "commune": commune.name if commune else "",
    }
    added = {name: found[name] for name in empty if found[name]}
    if not added:
        return None
    filled = data.copy()
    for name, value in added.items():
        filled[name] = value
    return filled, company
