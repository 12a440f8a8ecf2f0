"""Loads the 110 programmes of the CEP report (catalogue/data/training_offer.json) as the demo catalogue.

Facts are taken as the report states them; a null stays unknown. Sessions are added to a few
programmes to show how sessions look: they are flagged `is_demo` and the site says so.
"""

import datetime
import json
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page, Site

from catalogue.demo_translations import CERTIFICATIONS, DOMAINS, TRANSLATED_PROGRAMMES
from catalogue.enums import Audience, CertificationType, Domain, Modality, Region, RegistrationStatus, Rhythm
from catalogue.models import (
    CatalogueIndexPage,
    TrainingFunding,
    TrainingPage,
    TrainingProvider,
    TrainingSession,
)
from portail.demo.loader import translate, translation_table
from portail.demo.text import T
from portail.models import NavigationSettings
from portail.selectors import commune_lookup

DATA = Path(__file__).parent / "data" / "training_offer.json"

# The report's level words, as European qualification levels ("infra-bac" programmes lead to level 3
# qualifications: CAP, titre professionnel and CQP of level 3).
LEVELS = {"infra-bac": 3, "bac": 4, "bac+2": 5, "bac+3": 6, "bac+4": 6, "bac+5": 7}
CERTIFICATION_TYPES = {
    "BTS": CertificationType.DIPLOMA,
    "BUT": CertificationType.DIPLOMA,
    "CAP": CertificationType.DIPLOMA,
    "Licence": CertificationType.DIPLOMA,
    "Licence pro": CertificationType.DIPLOMA,
    "Master": CertificationType.DIPLOMA,
    "DN MADe": CertificationType.DIPLOMA,
    "Bac professionnel": CertificationType.DIPLOMA,
    "Baccalauréat technologique": CertificationType.DIPLOMA,
    "Baccalauréat général / technologique": CertificationType.DIPLOMA,
    "Diplôme d'ingénieur": CertificationType.DIPLOMA,
    "Titre professionnel": CertificationType.PROFESSIONAL_TITLE,
    "PIX": CertificationType.CERTIFICATE,
    "TOSA": CertificationType.CERTIFICATE,
    "CléA numérique": CertificationType.CERTIFICATE,
}
DOMAIN_FAMILIES = {
    "Services informatiques aux organisations": Domain.IT_SERVICES,
    "Conception, marketing, communication multimédia": Domain.MULTIMEDIA,
    "Secteurs stratégiques (S3)": Domain.STRATEGIC_SECTORS,
    "Médiation / inclusion numérique": Domain.MEDIATION,
}
RHYTHMS = {
    "alternance": Rhythm.WORK_STUDY,
    "apprentissage": Rhythm.APPRENTICESHIP,
    "temps plein": Rhythm.FULL_TIME,
}
AUDIENCES = {
    "continue": Audience.ADULTS,
    "initiale": Audience.STUDENTS,
    "scolaire (2nd degré)": Audience.PUPILS,
}
RHYTHM_NOTES = {"modulable": "Modulable", "courte": "Courte", "packs initiation / perfectionnement": None}
# The report's spelling of a provider → the provider's name (and a note when two run it together).
PROVIDER_NAMES = {
    "MADI'DEV (écrit MAD'DEV en annexe 2)": "MADI'DEV",
    "Learning Skills (Learning Skills Formation)": "Learning Skills Formation",
    "CMAM (Chambre de Métiers et de l'Artisanat de Martinique) – chargés de mission": (
        "Chambre de Métiers et de l'Artisanat de Martinique (CMAM)"
    ),
    "Parallèle 14 / AWITEC": "Parallèle 14",
}
JOINT_PROVIDERS = {"Parallèle 14 / AWITEC": "Formation proposée par Parallèle 14 avec AWITEC."}
PLACES_OUTSIDE = {
    "Pointe-à-Pitre (Guadeloupe)": Region.GUADELOUPE,
    "Saint-Claude (Guadeloupe)": Region.GUADELOUPE,
}
# Programmes the demo gives sessions to (by index), as offsets in days from today: past and future.
DEMO_SESSIONS = {
    3: [(-400, -60), (45, 410)],
    11: [(20, 200)],
    21: [(60, 420)],
    27: [(-30, 30), (90, 150)],
    34: [(10, 10), (40, 40)],
    55: [(15, 17)],
    83: [(-20, -18), (25, 27)],
    85: [(70, 300)],
    87: [(12, 14)],
    88: [(30, 45)],
    108: [(18, 19)],
}
FUNDING_SCHEMES = {"apprentissage": "apprentissage", "passeport": "artisans-passeport-numerique"}


def programmes_data() -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def demo_load() -> bool:
    """Create the catalogue page and its programmes, once; translate the 24 chosen programmes."""
    french = Locale.get_default()
    home = Page.objects.filter(depth=2, locale=french).first()
    if home is None or CatalogueIndexPage.objects.exists():
        return False
    with transaction.atomic():
        index = CatalogueIndexPage(locale=french, **{key: text.fr for key, text in INDEX_TEXTS.items()})
        home.add_child(instance=index)
        index.save_revision().publish()
        translate(index, translation_table(INDEX_TEXTS))
        _show_in_menu(index, instead_of=home.get_children().filter(slug="se-former").first())
        providers = {}
        schemes = {
            slug: Page.objects.filter(slug=slug, locale=french).first() for slug in FUNDING_SCHEMES.values()
        }
        table = translation_table(TRANSLATED_PROGRAMMES, _domain_details(), CERTIFICATIONS)
        used_slugs = set()
        for number, item in enumerate(programmes_data()):
            provider = _provider(item["organisme"], providers)
            page = _programme(number, item, provider, used_slugs)
            _link_funding(page, item, schemes)
            index.add_child(instance=page)
            page.save_revision().publish()
            if number in TRANSLATED_PROGRAMMES:
                for language in ("en", "es"):
                    table[language][page.slug] = _slug(TRANSLATED_PROGRAMMES[number], language, provider)
                translate(page, table)
    return True


def _provider(report_name: str, providers: dict) -> TrainingProvider:
    name = PROVIDER_NAMES.get(report_name, report_name)
    if name not in providers:
        region = ""
        if "Martinique" in name:
            region = Region.MARTINIQUE
        elif "Guadeloupe" in name or "Pointe-à-Pitre" in name:
            region = Region.GUADELOUPE
        providers[name] = TrainingProvider.objects.create(name=name, slug=slugify(name)[:100], region=region)
    return providers[name]


def _programme(number: int, item: dict, provider: TrainingProvider, used_slugs: set) -> TrainingPage:
    modes = item["modalite"] or []
    family, detail = _split_domain(item["domaine"])
    notes = [RHYTHM_NOTES.get(mode) or mode for mode in modes if mode in RHYTHM_NOTES]
    page = TrainingPage(
        locale=Locale.get_default(),
        title=item["intitule"],
        slug=_unique(slugify(f"{item['intitule'][:60]} {provider.name[:30]}"), used_slugs),
        provider=provider,
        summary=JOINT_PROVIDERS.get(item["organisme"], ""),
        domain=DOMAIN_FAMILIES.get(family, Domain.OTHER),
        domain_detail=detail,
        exit_level=LEVELS.get(item["niveau"]),
        certification_name=item["certification"] or "",
        certification_type=CERTIFICATION_TYPES.get(item["certification"], ""),
        rhythms=[RHYTHMS[mode] for mode in modes if mode in RHYTHMS],
        rhythm_note=", ".join(notes).capitalize(),
        audiences=[AUDIENCES[mode] for mode in modes if mode in AUDIENCES],
        modality=Modality.DISTANCE if "en ligne" in modes else "",
        teaching_language="",  # not stated by the report
    )
    if item["lieu"] in PLACES_OUTSIDE:
        page.place_name, page.region = item["lieu"], PLACES_OUTSIDE[item["lieu"]]
    elif item["lieu"]:
        page.commune = commune_lookup(item["lieu"])
    page.sessions = _demo_sessions(number, page)
    return page


def _demo_sessions(number: int, page: TrainingPage) -> list[TrainingSession]:
    today = timezone.localdate()
    sessions = []
    for position, (start, end) in enumerate(DEMO_SESSIONS.get(number, [])):
        full = position == 1 and number in (27, 83)
        sessions.append(
            TrainingSession(
                start_date=today + datetime.timedelta(days=start),
                end_date=today + datetime.timedelta(days=end),
                commune=page.commune,
                place_name=page.place_name,
                region=page.region,
                seats=12 if start < 30 else 15,
                registration_status=RegistrationStatus.FULL if full else RegistrationStatus.OPEN,
                is_demo=True,
            )
        )
    return sessions


def _link_funding(page: TrainingPage, item: dict, schemes: dict) -> None:
    """Apprenticeship programmes → the apprenticeship scheme; the CMA's digital passport → its scheme."""
    slugs = []
    if {"apprentissage", "alternance"} & set(item["modalite"] or []):
        slugs.append(FUNDING_SCHEMES["apprentissage"])
    if "passeport numérique" in item["intitule"]:
        slugs.append(FUNDING_SCHEMES["passeport"])
    page.funding_links = [TrainingFunding(scheme=schemes[slug]) for slug in slugs if schemes.get(slug)]


def _show_in_menu(index: CatalogueIndexPage, instead_of: Page | None) -> None:
    """The catalogue takes the menu place of the "learn" guide page, which links to it."""
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    item = navigation.menu_items.filter(page=instead_of).first() if instead_of else None
    if item:
        item.page = index
        item.save()
    else:
        navigation.menu_items.create(page=index)


def demo_programme_path(number: int, language: str) -> str:
    """The URL path of a translated demo programme (for browser tests)."""
    item = programmes_data()[number]
    provider = TrainingProvider(name=PROVIDER_NAMES.get(item["organisme"], item["organisme"]))
    title = TRANSLATED_PROGRAMMES[number]
    slug = _slug(title, language, provider)
    return f"/{language}/{getattr(INDEX_TEXTS['slug'], language)}/{slug}/"


def _split_domain(text: str) -> tuple[str, str]:
    """ "Family – detail" → (family, detail); a domain without detail is its own detail."""
    family, _dash, detail = text.partition(" – ")
    return family, detail or family


def _domain_details() -> list[T]:
    return [
        T(*(_split_domain(getattr(text, language))[1] for language in T._fields)) for text in DOMAINS.values()
    ]


def _unique(slug: str, used: set) -> str:
    candidate, number = slug, 2
    while candidate in used:
        candidate, number = f"{slug}-{number}", number + 1
    used.add(candidate)
    return candidate


def _slug(title: T, language: str, provider: TrainingProvider) -> str:
    return slugify(f"{getattr(title, language)[:60]} {provider.name[:30]}")


INTRO = T(
    fr=(
        "Toutes les formations au numérique recensées en Martinique par le rapport du CEP (2024), du "
        "premier pas avec le smartphone au bac+5. Filtrez par niveau, lieu, domaine ou rythme."
    ),
    en=(
        "Every digital-skills programme in Martinique listed by the CEP report (2024), from first steps "
        "with a smartphone to master’s level. Filter by level, place, domain or rhythm."
    ),
    es=(
        "Todas las formaciones digitales de Martinica recogidas por el informe del CEP (2024), desde los "
        "primeros pasos con el móvil hasta el nivel de máster. Filtre por nivel, lugar, ámbito o ritmo."
    ),
)
INDEX_TEXTS = {
    "title": T(
        fr="Catalogue des formations au numérique",
        en="Digital skills training catalogue",
        es="Catálogo de formaciones digitales",
    ),
    "menu_title": T(fr="Formations", en="Courses", es="Cursos"),
    "slug": T(fr="formations", en="courses", es="cursos"),
    "intro": INTRO,
}
