"""Writes the published catalogue as LHEO 2.3 XML, one formation at a time (streamed).

Standard elements carry what LHEO can express; our own <extras info="portail-martinique"> carry the
rest (summary, domain, certification type, audiences…) so that import_lheo reads an export back
without loss. LHEO requires some elements we do not know (parcours-de-formation, a registration
address): they get the format's "not communicated" values ("-", 0, 00000000/99999999).
"""

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from itertools import groupby

from django.db.models import Prefetch
from django.utils import timezone

from wagtail.models import Locale

from catalogue.lheo import codes
from catalogue.lheo.text import from_rich_text
from catalogue.models import CatalogueIndexPage, TrainingPage, TrainingSession
from portail.selectors import source_page

CHUNK = 200


def export_lheo(index: CatalogueIndexPage, url_for: Callable[[TrainingPage], str]) -> Iterator[str]:
    """The XML document in pieces; `url_for` gives a programme page's absolute URL."""
    pages = (
        TrainingPage.objects.child_of(source_page(index))
        .live()
        .filter(locale=Locale.get_default())
        .select_related("provider__commune", "commune")
        .prefetch_related(Prefetch("sessions", TrainingSession.objects.select_related("commune")))
        .order_by("path")
    )
    stamp = timezone.now().replace(microsecond=0).isoformat()
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<lheo xmlns="{codes.NAMESPACE_23}" horodatage-export="{stamp}">\n<offres>\n'
    for page in pages.iterator(chunk_size=CHUNK):
        yield ET.tostring(_formation(page, url_for(page)), encoding="unicode") + "\n"
    yield "</offres>\n</lheo>\n"


def _sub(parent, tag: str, text=None, **attributes):
    element = ET.SubElement(parent, tag, {key.replace("_", "-"): value for key, value in attributes.items()})
    if text is not None:
        element.text = str(text)
    return element


def _extras(parent, values: dict) -> None:
    """Every key is written, even empty: on import, a key that is present wins over LHEO's own element."""
    extras = _sub(parent, "extras", info=codes.EXTRAS_INFO)
    for key, value in values.items():
        text = " ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
        _sub(extras, "extra", text, info=key)


def _address(parent, location) -> None:
    """An <adresse>: the commune of Martinique, or the place outside; "-" when unknown."""
    address = _sub(parent, "adresse")
    commune = location.commune if location and location.commune_id else None
    town = commune.name if commune else (location.place_name if location else "") or "-"
    _sub(address, "ligne", town[:50])
    _sub(address, "codepostal", commune.postal_codes[0] if commune else "00000")
    _sub(address, "ville", town[:50])
    code = commune.insee_code if commune else (location.insee_code if location else "")
    if code:  # outside Martinique too: another system can read the place back
        _sub(address, "departement", codes.department_of(code))
        _sub(address, "code-INSEE-commune", code)
    region = "martinique" if commune else (location.region if location else "")
    if region in codes.REGION_CODES:
        _sub(address, "region", codes.REGION_CODES[region])


def _location_extras(location) -> dict:
    if location.commune_id:
        return {}
    return {"lieu": location.place_name, "region": location.region, "insee": location.insee_code}


def _coordinates(parent, provider) -> None:
    coordinates = _sub(parent, "coordonnees")
    if provider.phone:
        _sub(_sub(coordinates, "telfixe"), "numtel", provider.phone)
    if provider.email:
        _sub(coordinates, "courriel", provider.email)
    if provider.website:
        _sub(_sub(coordinates, "web"), "urlweb", provider.website)


def _formation(page: TrainingPage, url: str):
    formation = ET.Element("formation", {"numero": page.lheo_id or str(page.translation_key)})
    domain = _sub(formation, "domaine-formation")
    for code in _codes(page.formacodes):
        _sub(domain, "code-FORMACODE", code)
    for code in _codes(page.nsf_codes):
        _sub(domain, "code-NSF", code)
    _sub(formation, "intitule-formation", page.title)
    _sub(formation, "objectif-formation", from_rich_text(page.objectives))
    _sub(formation, "resultats-attendus", from_rich_text(page.results))
    _sub(formation, "contenu-formation", from_rich_text(page.content))
    _sub(formation, "certifiante", "0" if page.certification_type in ("", "aucune") else "1")
    _coordinates(_sub(formation, "contact-formation"), page.provider)
    _sub(formation, "parcours-de-formation", "1")
    _sub(formation, "code-niveau-entree", codes.level_code(page.entry_level))
    if page.certification_code:
        certification = _sub(formation, "certification")
        kind = "code-RS" if page.certification_code.startswith("RS") else "code-RNCP"
        _sub(certification, kind, page.certification_code.removeprefix("RNCP").removeprefix("RS"))
    if page.exit_level:
        _sub(formation, "code-niveau-sortie", codes.level_code(page.exit_level))
    _sub(_sub(formation, "url-formation"), "urlweb", url)
    sessions = sorted(page.sessions.all(), key=lambda session: (session.lheo_action_id, session.start_date))
    by_action = {
        key: list(group) for key, group in groupby(sessions, key=lambda session: session.lheo_action_id)
    }
    first_action = page.lheo_action_id or f"{page.lheo_id or page.translation_key}-A1"
    action_ids = [first_action] + [key for key in by_action if key and key != first_action]
    if "" in by_action:
        by_action.setdefault(first_action, []).extend(by_action.pop(""))
    for action_id in action_ids:
        _action(formation, page, action_id, by_action.get(action_id, []))
    _provider(formation, page.provider)
    _extras(
        formation,
        {
            "resume": page.summary,
            "domaine": page.domain,
            "domaine-detail": page.domain_detail,
            "type-certification": page.certification_type,
            "nom-certification": page.certification_name,
            "cout": page.cost_text,
            "contact": page.contact,
            **_location_extras(page),
        },
    )
    return formation


def _codes(text: str) -> list[str]:
    return [code.strip() for code in text.split(",") if code.strip()]


def _action(formation, page: TrainingPage, action_id: str, sessions: list[TrainingSession]) -> None:
    action = _sub(formation, "action", numero=action_id)
    rhythm = ", ".join(codes.RHYTHM_NAMES[value] for value in page.rhythms)
    _sub(action, "rythme-formation", page.rhythm_note or rhythm or "-")
    audience_codes = sorted(
        {codes.AUDIENCE_CODES[value] for value in page.audiences if value in codes.AUDIENCE_CODES}
    )
    for code in audience_codes or [codes.EVERYONE_CODE]:
        _sub(action, "code-public-vise", code, ref="V12")
    _sub(action, "niveau-entree-obligatoire", "0")
    _sub(action, "modalites-alternance", "-")
    _sub(action, "modalites-enseignement", codes.MODALITY_CODES.get(page.modality, "0"))
    _sub(action, "conditions-specifiques", page.prerequisites or "-")
    _sub(action, "prise-en-charge-frais-possible", "0")
    where = page if (page.commune_id or page.place_name) else None
    if where:
        _address(_sub(_sub(action, "lieu-de-formation"), "coordonnees"), where)
    _sub(action, "modalites-entrees-sorties", "0")
    for session in sessions or [None]:
        _session(action, session, where or page.provider)
    for code in _codes(page.teaching_language):
        _sub(action, "langue-formation", code)
    if page.cost_eur is not None:
        _sub(action, "prix-total-TTC", f"{page.cost_eur:.2f}")
    if page.duration_hours:
        _sub(action, "nombre-heures-total", page.duration_hours)
    _extras(action, {"rythmes": page.rhythms, "rythme-detail": page.rhythm_note, "publics": page.audiences})


def _session(action, session: TrainingSession | None, fallback_place) -> None:
    """A session; without any (LHEO requires one), a session with unknown dates."""
    element = _sub(action, "session", **({"numero": session.lheo_id} if session and session.lheo_id else {}))
    period = _sub(element, "periode")
    _sub(period, "debut", f"{session.start_date:%Y%m%d}" if session else "00000000")
    _sub(period, "fin", f"{session.end_date:%Y%m%d}" if session and session.end_date else "99999999")
    place = session if session and (session.commune_id or session.place_name) else fallback_place
    _address(_sub(element, "adresse-inscription"), place)
    if session is None:
        return
    _sub(element, "etat-recrutement", codes.RECRUITMENT_CODES[session.registration_status])
    if session.registration_url:
        _sub(_sub(element, "url-session"), "urlweb", session.registration_url)
    _extras(
        element,
        {
            "etat": session.registration_status,
            "places": session.seats,
            "demo": "1" if session.is_demo else "",
            **_location_extras(session),
        },
    )


def _provider(formation, provider) -> None:
    element = _sub(
        formation, "organisme-formation-responsable", numero=provider.lheo_id or f"ORG-{provider.pk}"
    )
    _sub(element, "numero-activite", provider.nda or "00000000000")
    _sub(_sub(element, "SIRET-organisme-formation"), "SIRET", provider.siret or "00000000000000")
    _sub(element, "nom-organisme", provider.name[:250])
    _sub(element, "raison-sociale", provider.name[:250])
    coordinates = _sub(_sub(element, "coordonnees-organisme"), "coordonnees")
    if provider.commune_id or provider.place_name:
        _address(coordinates, provider)
    if provider.website:
        _sub(_sub(coordinates, "web"), "urlweb", provider.website)
    _coordinates(_sub(element, "contact-organisme"), provider)
    if provider.uai:
        _sub(_sub(element, "code-UAI-organisme-formation"), "code-UAI", provider.uai)
    qualiopi = {True: "1", False: "0"}.get(provider.qualiopi, "")
    _extras(element, {"qualiopi": qualiopi, **_location_extras(provider)})
