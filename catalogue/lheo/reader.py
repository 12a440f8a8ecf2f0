"""Streams an LHEO 2.2 or 2.3 file into plain records, one formation at a time.

The parser refuses any DTD, so no external entity is fetched and no entity is expanded (XXE,
"billion laughs"). A file that is not well-formed raises LheoFileError; a formation with bad data
becomes a Rejected item and the others go on.
"""

import datetime
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from catalogue.enums import CertificationType, Region
from catalogue.lheo import codes
from catalogue.lheo.records import Place, ProgrammeRecord, ProviderRecord, Rejected, SessionRecord
from catalogue.lheo.text import plain, to_rich_text
from portail.selectors import normalise_place_name
from portail.validators import siret_valid

PLACEHOLDER_NUMBERS = {"0" * 11, "9" * 11, "0" * 14, "9" * 14}


class LheoFileError(Exception):
    """The file cannot be read as LHEO: the message says why, for the person who gave it."""


class RecordError(ValueError):
    pass


def read_lheo(source) -> Iterator[ProgrammeRecord | Rejected]:
    """Yield each formation of the file (a path or a binary file object) as a record or a rejection."""
    namespace = None
    root = None
    try:
        for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
            if root is None:
                root = element
                namespace = _namespace(element.tag)
                if element.tag != f"{{{namespace}}}lheo" if namespace else element.tag != "lheo":
                    raise LheoFileError(f"The root element is <{_local(element.tag)}>, not <lheo>.")
                if namespace not in codes.VERSIONS:
                    raise LheoFileError(
                        f"Unknown namespace {namespace!r}: expected LHEO 2.3 ({codes.NAMESPACE_23}) "
                        f"or 2.2 ({codes.NAMESPACE_22})."
                    )
            elif event == "end" and element.tag == f"{{{namespace}}}formation":
                yield _formation(_Reader(element, namespace))
                root.clear()  # keep memory flat on large files
    except ET.ParseError as error:
        raise LheoFileError(f"The file is not well-formed XML ({error}).") from error
    except DefusedXmlException as error:
        raise LheoFileError(
            "The file declares a DTD or entities, which are refused for safety. Remove the <!DOCTYPE> part."
        ) from error
    if root is None:
        raise LheoFileError("The file is empty.")


def file_version(namespace: str) -> str:
    return codes.VERSIONS[namespace]


def _namespace(tag: str) -> str:
    return tag[1:].split("}")[0] if tag.startswith("{") else ""


def _local(tag: str) -> str:
    return tag.split("}")[-1]


class _Reader:
    """Namespace-aware lookups on one element."""

    def __init__(self, element, namespace):
        self.element, self.ns = element, namespace

    def _path(self, path: str) -> str:
        return "/".join(f"{{{self.ns}}}{part}" for part in path.split("/"))

    def all(self, path: str) -> list["_Reader"]:
        return [_Reader(found, self.ns) for found in self.element.findall(self._path(path))]

    def one(self, path: str) -> "_Reader | None":
        found = self.element.find(self._path(path))
        return None if found is None else _Reader(found, self.ns)

    def text(self, path: str) -> str:
        found = self.element.find(self._path(path))
        return (found.text or "").strip() if found is not None else ""

    def texts(self, path: str) -> list[str]:
        return [(found.text or "").strip() for found in self.element.findall(self._path(path)) if found.text]

    def attribute(self, name: str) -> str:
        return (self.element.get(name) or "").strip()

    def extras(self) -> dict[str, str]:
        """Our own extras (<extras info="portail-martinique"><extra info="key">value</extra>)."""
        values = {}
        for extras in self.all("extras"):
            if extras.attribute("info") == codes.EXTRAS_INFO:
                for extra in extras.all("extra"):
                    values[extra.attribute("info")] = "".join(extra.element.itertext()).strip()
        return values


def _formation(formation: _Reader) -> ProgrammeRecord | Rejected:
    lheo_id = formation.attribute("numero")
    title = formation.text("intitule-formation")
    try:
        if not lheo_id:
            raise RecordError("the formation has no numero attribute, so a later import could not update it")
        if not title:
            raise RecordError("the formation has no title (intitule-formation)")
        return _programme(formation, lheo_id, title)
    except RecordError as error:
        return Rejected(lheo_id=lheo_id or "?", title=title, reason=str(error))


def _programme(formation: _Reader, lheo_id: str, title: str) -> ProgrammeRecord:
    extras = formation.extras()
    actions = formation.all("action")
    if not actions:
        raise RecordError("the formation has no action")
    first = actions[0]
    action_extras = first.extras()
    provider_element = formation.one("organisme-formation-responsable")
    if provider_element is None:
        raise RecordError("the formation has no organisme-formation-responsable")
    rhythms, rhythm_note = _rhythms(first.text("rythme-formation"))
    certification_code = _certification_code(formation)
    certifying = formation.text("certifiante") == "1"
    fields = {
        "summary": extras.get("resume", ""),
        "objectives": to_rich_text(formation.text("objectif-formation")),
        "content": to_rich_text(formation.text("contenu-formation")),
        "results": to_rich_text(formation.text("resultats-attendus")),
        "formacodes": ", ".join(formation.texts("domaine-formation/code-FORMACODE")),
        "nsf_codes": ", ".join(formation.texts("domaine-formation/code-NSF")),
        "domain": extras.get("domaine") or _domain(formation.texts("domaine-formation/code-NSF")),
        "domain_detail": extras.get("domaine-detail", ""),
        "entry_level": _level(formation.text("code-niveau-entree")),
        "exit_level": _exit_level(formation.text("code-niveau-sortie")),
        "certification_code": certification_code,
        "certification_type": extras.get(
            "type-certification",
            CertificationType.NONE if not certifying else "",
        ),
        "certification_name": extras.get("nom-certification", ""),
        "modality": codes.MODALITIES.get(first.text("modalites-enseignement"), ""),
        "rhythms": action_extras["rythmes"].split() if "rythmes" in action_extras else rhythms,
        "rhythm_note": action_extras["rythme-detail"] if "rythmes" in action_extras else rhythm_note,
        "audiences": (
            action_extras["publics"].split()
            if "publics" in action_extras
            else sorted(
                {codes.AUDIENCES[code] for code in first.texts("code-public-vise") if code in codes.AUDIENCES}
            )
        ),
        "prerequisites": plain(first.text("conditions-specifiques")),
        "duration_hours": _integer(first.text("nombre-heures-total"), "nombre-heures-total"),
        "cost_eur": _price(first.text("prix-total-TTC")),
        "cost_text": extras.get("cout", plain(first.text("frais-restants"))),
        "teaching_language": ", ".join(code.lower() for code in first.texts("langue-formation")),
        "contact": extras.get("contact", ""),
    }
    action_places = {action.attribute("numero"): _action_place(action) for action in actions}
    place = _place_from_extras(extras) if "lieu" in extras else action_places[first.attribute("numero")]
    sessions = [
        session
        for action in actions
        for element in action.all("session")
        if (session := _session(element, action, action_places[action.attribute("numero")]))
    ]
    return ProgrammeRecord(
        lheo_id=lheo_id,
        action_id=first.attribute("numero"),
        title=title[:255],
        provider=_provider(provider_element),
        fields=fields,
        place=place,
        sessions=sessions,
    )


def _level(code: str) -> int | None:
    if code == "":
        return None
    if code not in codes.LEVELS:
        raise RecordError(f"unknown level code {code!r} (expected 0–8 or 11–18)")
    return codes.LEVELS[code]


def _exit_level(code: str) -> int | None:
    level = _level(code)
    return level if level and level >= 3 else None


def _certification_code(formation: _Reader) -> str:
    for certification in formation.all("certification"):
        if rncp := certification.text("code-RNCP"):
            return rncp if rncp.upper().startswith("RNCP") else f"RNCP{rncp}"
        if rs := certification.text("code-RS"):
            return rs if rs.upper().startswith("RS") else f"RS{rs}"
    return ""


def _domain(nsf_codes: list[str]) -> str:
    """NSF 326 (computing, networks) → IT services; 320–323 (communication, graphic arts) → multimedia."""
    for code in nsf_codes:
        if code.startswith("326"):
            return "services-informatiques"
        if code[:3] in {"320", "321", "322", "323"}:
            return "multimedia"
    return "autre"


def _rhythms(text: str) -> tuple[list[str], str]:
    text = plain(text)
    folded = normalise_place_name(text)
    found = [value for value, words in codes.RHYTHM_WORDS.items() if any(word in folded for word in words)]
    return found, text


def _integer(text: str, name: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise RecordError(f"{name} is not a whole number: {text!r}")
    return int(text)


def _price(text: str) -> Decimal | None:
    text = text.replace("€", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        return Decimal(text).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise RecordError(f"prix-total-TTC is not an amount: {text!r}") from None


def _date(text: str, *, name: str) -> datetime.date | None:
    """AAAAMMJJ; 00000000 and 99999999 mean unknown; a 00 month or day means the first one."""
    if text in ("", "00000000", "99999999"):
        return None
    if not re.fullmatch(r"\d{8}", text):
        raise RecordError(f"{name} is not a date in the form AAAAMMJJ: {text!r}")
    year, month, day = int(text[:4]), int(text[4:6]) or 1, int(text[6:]) or 1
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise RecordError(f"{name} is not a valid date: {text!r}") from None


def _address(address: "_Reader | None") -> Place | None:
    if address is None:
        return None
    place = Place(
        insee_code=address.text("code-INSEE-commune"),
        postal_code=address.text("codepostal"),
        town=address.text("ville"),
    )
    if place.postal_code == "00000" and place.town in ("", "-"):
        return None
    department = (place.insee_code or place.postal_code)[:3]
    if department == "972":
        place.region = Region.MARTINIQUE
    else:
        place.region = codes.DEPARTMENT_REGIONS.get(department, Region.FRANCE if place.postal_code else "")
    return place


def _action_place(action: _Reader) -> Place | None:
    for lieu in action.all("lieu-de-formation"):
        if place := _address(lieu.one("coordonnees/adresse")):
            return place
    return None


def _place_from_extras(extras: dict) -> Place | None:
    town, region = extras.get("lieu", ""), extras.get("region", "")
    return Place(insee_code=extras.get("insee", ""), town=town, region=region) if town or region else None


def _session(element: _Reader, action: _Reader, action_place: Place | None) -> SessionRecord | None:
    lheo_id = element.attribute("numero")
    start = _date(element.text("periode/debut"), name="debut")
    end = _date(element.text("periode/fin"), name="fin")
    if start is None:
        return None  # permanent entry or unknown dates: nothing to show as a session
    if end and end < start:
        raise RecordError(f"session {lheo_id or '?'} ends ({end}) before it starts ({start})")
    extras = element.extras()
    status = extras.get("etat") or codes.RECRUITMENT.get(element.text("etat-recrutement"), "ouverte")
    if "etat" in extras:  # our own export: the session's place is exactly what its extras say
        place = (
            _place_from_extras(extras)
            if "lieu" in extras
            else _address(element.one("adresse-inscription/adresse"))
        )
    else:
        place = action_place or _address(element.one("adresse-inscription/adresse"))
    return SessionRecord(
        lheo_id=lheo_id,
        action_id=action.attribute("numero"),
        start_date=start,
        end_date=end,
        place=place,
        registration_status=status,
        registration_url=element.text("url-session/urlweb"),
        seats=_integer(extras.get("places", ""), "places"),
        is_demo=extras.get("demo") == "1",
    )


def _provider(element: _Reader) -> ProviderRecord:
    siret = element.text("SIRET-organisme-formation/SIRET").replace(" ", "")
    siret = "" if siret in PLACEHOLDER_NUMBERS else siret
    if siret and not siret_valid(siret):
        raise RecordError(f"the provider's SIRET {siret} is not valid (checksum)")
    nda = element.text("numero-activite")
    nda = "" if nda in PLACEHOLDER_NUMBERS or not re.fullmatch(r"\d{11}", nda) else nda
    name = element.text("raison-sociale") or element.text("nom-organisme")
    if not name:
        raise RecordError("the provider has no name (raison-sociale)")
    key = element.attribute("numero") or (f"SIRET:{siret}" if siret else f"NOM:{name}")
    extras = element.extras()
    contact = element.one("contact-organisme/coordonnees") or element.one("coordonnees-organisme/coordonnees")
    coordinates = element.one("coordonnees-organisme/coordonnees")
    uai = element.text("code-UAI-organisme-formation/code-UAI")
    return ProviderRecord(
        key=key,
        name=name[:200],
        siret=siret,
        nda=nda,
        uai=uai if re.fullmatch(r"\d{7}[A-Z]", uai) else "",
        email=contact.text("courriel") if contact else "",
        phone=contact.text("telfixe/numtel") if contact else "",
        website=coordinates.text("web/urlweb") if coordinates else "",
        place=_place_from_extras(extras)
        if "lieu" in extras
        else _address(coordinates.one("adresse") if coordinates else None),
        qualiopi={"1": True, "0": False}.get(extras.get("qualiopi", "")),
    )
