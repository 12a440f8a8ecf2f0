"""Training programmes in the search: the type "formation", its facets and its builder.

See docs/search.md; `CatalogueConfig.ready()` imports this module and calls `register_search()`.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.enums import CertificationType, Domain, Modality, Region, Rhythm
from catalogue.indexing import indexing_deferred
from catalogue.models import TrainingPage
from portail.selectors import source_page
from search.builders import page_url, plain, titles_in
from search.documents import SearchDocument
from search.facets import Facet
from search.registry import register, register_facet, register_type

REGION = Facet(
    "region",
    _("Where"),
    ("formation",),
    (
        ("martinique", "Martinique"),
        ("guadeloupe", "Guadeloupe"),
        ("guyane", _("French Guiana")),
        ("hexagone", _("Mainland France")),
        ("etranger", _("Abroad")),
        ("distance", _("Distance learning")),
    ),
)
FACETS = (
    Facet(
        "niveau",
        _("Level reached"),
        ("formation",),
        (
            ("3", _("CAP, BEP (level 3)")),
            ("4", _("Bac (level 4)")),
            ("5", _("Bac+2 (level 5)")),
            ("6", _("Bac+3, Bac+4 (level 6)")),
            ("7", _("Bac+5 (level 7)")),
            ("8", _("Doctorate (level 8)")),
        ),
    ),
    REGION,
    Facet("domaine", _("Domain"), ("formation",), tuple(Domain.choices)),
    Facet("modalite", _("Modality"), ("formation",), tuple(Modality.choices)),
    Facet("rythme", _("Rhythm"), ("formation",), tuple(Rhythm.choices)),
    Facet("certification", _("Certification"), ("formation",), tuple(CertificationType.choices)),
    Facet("financement", _("Can be funded by"), ("formation",)),  # funding schemes' French slugs
)


def register_search():
    register_type("formation", _("Training programme"), facets=("commune", "epci"))
    register_facet(*FACETS)


REGIONS = {
    Region.MARTINIQUE: "martinique",
    Region.GUADELOUPE: "guadeloupe",
    Region.GUYANE: "guyane",
    Region.FRANCE: "hexagone",
    Region.ABROAD: "etranger",
}
RELATED = ["provider__commune__epci", "commune__epci"]


def _programmes():
    return TrainingPage.objects.live().public().select_related(*RELATED)


@register("formation", TrainingPage, queryset=_programmes, deferred=indexing_deferred)
def build(page: TrainingPage, language: str) -> SearchDocument:
    source = source_page(page)
    if source is not page:
        source = TrainingPage.objects.select_related(*RELATED).get(pk=source.pk)
    provider = source.provider
    sessions = list(source.sessions.select_related("commune__epci"))
    own_place = bool(source.commune_id or source.place_name)
    places = [source] if own_place else [provider]
    places += sessions
    communes = [place.commune for place in places if place.commune_id]
    regions = {REGIONS[place.region] for place in places if place.region in REGIONS}
    if source.modality == Modality.DISTANCE:
        regions.add("distance")
    schemes = [link.scheme for link in source.funding_links.select_related("scheme")]
    scheme_titles = titles_in(schemes, language)
    today = timezone.localdate()
    upcoming = [session.start_date for session in sessions if session.start_date >= today]
    labels = {("commune", c.insee_code): c.name for c in communes}
    labels |= {("epci", c.epci.code): c.epci.short_name for c in communes}
    labels |= {("financement", s.slug): scheme_titles[s.pk] for s in schemes}
    return SearchDocument(
        type="formation",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.summary,
        body=" ".join(
            filter(
                None,
                [
                    page.domain_detail,
                    page.certification_name,
                    source.certification_code,
                    provider.name,
                    source.place_label or provider.place_label,
                    plain(page.objectives, page.content, page.results),
                    page.prerequisites,
                ],
            )
        ),
        facets={
            "niveau": [str(source.exit_level)] if source.exit_level else [],
            "region": sorted(regions),
            "domaine": [source.domain],
            "modalite": [source.modality] if source.modality else [],
            "rythme": list(source.rhythms),
            "certification": [source.certification_type] if source.certification_type else [],
            "commune": [c.insee_code for c in communes],
            "epci": [c.epci.code for c in communes],
            "financement": [s.slug for s in schemes],
        },
        facet_labels=labels,
        latitude=float(communes[0].latitude) if communes else None,
        longitude=float(communes[0].longitude) if communes else None,
        next_date=min(upcoming, default=None),
        boost=1.2,
    )
