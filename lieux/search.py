"""Places ("lieu") in the search; see docs/search.md."""

from django.utils.translation import gettext_lazy as _

from lieux.enums import Audience, Fee, PlaceKind, Service
from lieux.models import PlacePage
from portail.selectors import source_page
from search.builders import page_url, territory_facets
from search.documents import SearchDocument
from search.facets import Facet
from search.registry import register, register_facet, register_type

PLACE_FACETS = (
    Facet("service", _("Service"), ("lieu",)),
    Facet("public", _("Audience"), ("lieu",), tuple(Audience.choices)),
    Facet("tarif", _("Fees"), ("lieu",), tuple(Fee.choices)),
)


def register_search():
    """Called by LieuxConfig.ready(): the type and facets of this module."""
    register_type("lieu", _("Place"), facets=("commune", "epci", "categorie"))
    register_facet(*PLACE_FACETS)


def _places():
    return PlacePage.objects.live().public().select_related("commune__epci")


@register("lieu", PlacePage, queryset=_places)
def build_place(page: PlacePage, language: str) -> SearchDocument:
    source = source_page(page)
    territory, labels = territory_facets(source.commune)
    labels |= {("service", value): str(Service(value).label) for value in source.services}
    labels |= {("categorie", value): str(PlaceKind(value).label) for value in source.kinds}
    return SearchDocument(
        type="lieu",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.summary,
        body=" ".join(
            filter(None, [page.description, source.address, source.commune.name, source.parent_organisation])
        ),
        facets={
            **territory,
            "service": list(source.services),
            "categorie": list(source.kinds),
            "public": list(source.audiences or Audience.values),  # none named: open to everyone
            "tarif": list(source.fees),
        },
        facet_labels=labels,
        latitude=float(source.latitude) if source.latitude is not None else None,
        longitude=float(source.longitude) if source.longitude is not None else None,
    )
