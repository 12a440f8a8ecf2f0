"""The 110 programmes of the CEP report (demo/data/training_offer.json) as the demo catalogue.

Facts are taken as the report states them; a null stays unknown. How the report's words map to the
catalogue's fields, and the 24 translated programmes, are in demo/data/catalogue.yaml. Sessions are
added to a few programmes to show how sessions look: they are flagged `is_demo` and the site says so.
"""

import datetime
import json

import yaml

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page, Site

from catalogue.enums import Domain, Modality, Region, RegistrationStatus
from catalogue.models import (
    CatalogueIndexPage,
    TrainingFunding,
    TrainingPage,
    TrainingProvider,
    TrainingSession,
)
from demo.text import DATA, T, read
from demo.translation import translate, translation_table
from portail.models import NavigationSettings
from portail.selectors import commune_lookup

MAPPINGS = read("catalogue")
INDEX_TEXTS = MAPPINGS["index"]
TRANSLATED_PROGRAMMES = MAPPINGS["translated_programmes"]
DOMAINS = {text.fr: text for text in MAPPINGS["domains"]}
CERTIFICATIONS = {text.fr: text for text in MAPPINGS["certifications"]}
# Programmes the demo gives sessions to (by index), as offsets in days from today: past and future.
DEMO_SESSIONS = MAPPINGS["sessions"]
FUNDING_SCHEMES = MAPPINGS["funding_schemes"]
PROVIDER_PLACES = yaml.safe_load((DATA / "providers.yaml").read_text(encoding="utf-8"))


def programmes_data() -> list[dict]:
    return json.loads((DATA / "training_offer.json").read_text(encoding="utf-8"))


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
    """The provider, created once, where demo/data/providers.yaml puts it."""
    name = MAPPINGS["provider_names"].get(report_name, report_name)
    if name not in providers:
        place = PROVIDER_PLACES[name]
        commune = commune_lookup(place["commune"]) if place.get("commune") else None
        providers[name] = TrainingProvider.objects.create(
            name=name,
            slug=slugify(name)[:100],
            commune=commune,
            place_name=place.get("place_name", ""),
            insee_code=place.get("insee_code", ""),
            region=Region.MARTINIQUE if commune else place.get("region", ""),
            address=place.get("address", ""),
            place_source=place["source"],
            place_to_verify=place["to_verify"],
        )
    return providers[name]


def _programme(number: int, item: dict, provider: TrainingProvider, used_slugs: set) -> TrainingPage:
    modes = item["modalite"] or []
    family, detail = _split_domain(item["domaine"])
    rhythms, audiences, notes = MAPPINGS["rhythms"], MAPPINGS["audiences"], MAPPINGS["rhythm_notes"]
    page = TrainingPage(
        locale=Locale.get_default(),
        title=item["intitule"],
        slug=_unique(slugify(f"{item['intitule'][:60]} {provider.name[:30]}"), used_slugs),
        provider=provider,
        summary=MAPPINGS["joint_providers"].get(item["organisme"], ""),
        domain=MAPPINGS["domain_families"].get(family, Domain.OTHER),
        domain_detail=detail,
        exit_level=MAPPINGS["levels"].get(item["niveau"]),
        certification_name=item["certification"] or "",
        certification_type=MAPPINGS["certification_types"].get(item["certification"], ""),
        rhythms=[rhythms[mode] for mode in modes if mode in rhythms],
        rhythm_note=", ".join(notes.get(mode) or mode for mode in modes if mode in notes).capitalize(),
        audiences=[audiences[mode] for mode in modes if mode in audiences],
        modality=Modality.DISTANCE if "en ligne" in modes else "",
        teaching_language="",  # not stated by the report
    )
    places_outside = MAPPINGS["places_outside"]
    if item["lieu"] in places_outside:
        page.place_name, page.region = item["lieu"], places_outside[item["lieu"]]
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
    provider = TrainingProvider(name=MAPPINGS["provider_names"].get(item["organisme"], item["organisme"]))
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
