"""The facets, shared by both engines, the search page and the API (see docs/search.md).

A facet has a stable key and stable values (the API contract); labels are translated. Facets with
`choices` know their values; the others (communes, EPCI, funding schemes, funders, services,
categories) take their values and labels from the documents.

Each app declares its own facets and types through `search.registry` when it is ready; only the
facets that belong to no app are declared here. `FACETS` (in the display order, see
`arrange`) and `BY_KEY` are filled then: read them when called, not when a module is imported.
"""

from collections import defaultdict
from dataclasses import dataclass, replace

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from search.query import FacetCount


@dataclass(frozen=True)
class Facet:
    key: str
    label: Promise
    types: tuple[str, ...]
    choices: tuple[tuple[str, Promise], ...] = ()
    pattern: str = r"^[a-z0-9][a-z0-9-]{0,59}$"  # what a value looks like, for facets without choices

    def label_of(self, value: str, stored: str = "") -> str:
        return str(dict(self.choices).get(value, stored or value))


# The facets of no app. `type` takes its values from the registered types; the others apply to the
# types registered with `facets=("commune", …)`.
GENERIC = (
    Facet("type", _("Type"), ()),
    Facet("commune", _("Commune"), (), pattern=r"^972\d\d$"),
    Facet("epci", _("Intercommunality (EPCI)"), ()),
    Facet("categorie", _("Category"), ()),
)

FACETS: list[Facet] = []  # in the display order of the page and the API
BY_KEY: dict[str, Facet] = {}


def ordered(keys, wanted) -> list[str]:
    """`keys` in the order of `wanted` (a setting), then those it does not name in their own order."""
    keys = list(keys)
    return [key for key in wanted if key in keys] + [key for key in keys if key not in wanted]


def arrange(types: dict, declared: dict[str, Facet]) -> None:
    """Fill FACETS and BY_KEY from the registered types (key → SearchType) and facets (key → Facet).

    The order is that of the settings SEARCH_TYPE_ORDER and SEARCH_FACET_ORDER, then registration.
    """
    type_keys = ordered(types, getattr(settings, "SEARCH_TYPE_ORDER", ()))
    users: dict[str, list[str]] = {}
    for type_key in type_keys:
        for facet_key in types[type_key].facets:
            users.setdefault(facet_key, []).append(type_key)
    facets = []
    for key in ordered(declared, getattr(settings, "SEARCH_FACET_ORDER", ())):
        facet = declared[key]
        facet = replace(facet, types=tuple(dict.fromkeys((*facet.types, *users.get(key, ())))))
        if key == "type":
            facet = replace(facet, choices=tuple((t, types[t].label) for t in type_keys))
        facets.append(facet)
    FACETS[:] = facets
    BY_KEY.clear()
    BY_KEY.update((facet.key, facet) for facet in facets)


def facet_values(facet, counts: dict, selected: list[str]) -> list[FacetCount]:
    """A facet's values with their counts (and the chosen ones, even at 0), in the facet's order."""
    values = dict.fromkeys(selected, (0, "")) | counts
    order = [value for value, _label in facet.choices]
    found = [
        FacetCount(value, facet.label_of(value, stored), n, value in selected)
        for value, (n, stored) in values.items()
    ]
    if order:
        return sorted(found, key=lambda v: order.index(v.value) if v.value in order else len(order))
    return sorted(found, key=lambda v: v.label.lower())


def by_facet(tokens: dict[str, int]) -> dict[str, dict[str, int]]:
    """Counts of "key=value" tokens → {key: {value: count}}."""
    counts = defaultdict(dict)
    for token, n in tokens.items():
        key, value = token.split("=", 1)
        counts[key][value] = n
    return counts
