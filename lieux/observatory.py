"""Places in the observatory (observatoire.registry): the published tiers-lieux and mediation places by
EPCI and by service (one query each; a place counts in each of its services). Public data."""

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from lieux.enums import Service
from lieux.models import PlacePage
from observatoire.figures import COUNT, Column, Figure, Theme, choice_label
from observatoire.registry import register, register_theme
from portail.models import EPCI

PLACES = Column("places", _("Places"), COUNT)


def _places():
    return PlacePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)


def by_epci(period, today):
    counts = dict(_places().values_list("commune__epci__short_name").annotate(n=Count("pk")).order_by())
    return [
        (name, [counts.get(name, 0)])
        for name in EPCI.objects.order_by("short_name").values_list("short_name", flat=True)
    ]


def by_service(period, today):
    counts = {}
    for services in _places().values_list("services", flat=True):
        for service in services:
            counts[service] = counts.get(service, 0) + 1
    return [(key, [counts.get(key, 0)]) for key in Service.values]


def register_figures() -> None:
    register_theme(Theme("lieux", _("Places and events"), order=40))
    source = _("Places published on the map (at the time the figures are computed).")
    register(
        Figure("lieux-epci", "lieux", _("Places by EPCI"), source, _("EPCI"), (PLACES,), by_epci),
        Figure(
            "lieux-service", "lieux", _("Places by service offered"),
            _("Places published on the map; a place may offer several services."), _("Service"), (PLACES,),
            by_service, label=choice_label(Service), summed=False,
        ),
    )  # fmt: skip
