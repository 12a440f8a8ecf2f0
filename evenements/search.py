"""Events ("evenement") in the search; see docs/search.md."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from evenements.models import EventPage
from portail.selectors import source_page
from search.builders import page_url, territory_facets
from search.documents import SearchDocument
from search.registry import register, register_type


def register_search():
    """Called by EvenementsConfig.ready(): the type of this module."""
    register_type("evenement", _("Event"), facets=("commune", "epci"))


def _events():
    return (
        EventPage.objects.live().public().filter(ends_at__gte=timezone.now()).select_related("commune__epci")
    )


@register("evenement", EventPage, queryset=_events)
def build_event(page: EventPage, language: str) -> SearchDocument | None:
    source = source_page(page)
    if source.is_past:  # a past event leaves the search at the next indexing
        return None
    commune = source.commune
    territory, labels = territory_facets(commune)
    return SearchDocument(
        type="evenement",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.summary,
        body=" ".join(filter(None, [page.description, source.organiser, source.address])),
        facets=territory,
        facet_labels=labels,
        latitude=float(commune.latitude) if commune else None,
        longitude=float(commune.longitude) if commune else None,
        next_date=timezone.localdate(source.starts_at),
    )
