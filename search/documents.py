"""What every searchable thing becomes: one SearchDocument per object and language."""

import datetime
from dataclasses import dataclass, field


@dataclass
class SearchDocument:
    """An object as the engines index it, in the language of its text (`locale`).

    `facets` maps the key of a registered facet (search.registry) to its values; `facet_labels`
    names the values of facets whose values come from the content (communes, funding schemes…), in
    the document's display language.
    """

    type: str
    locale: str
    title: str
    url: str
    summary: str = ""
    body: str = ""
    facets: dict[str, list[str]] = field(default_factory=dict)
    facet_labels: dict[tuple[str, str], str] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    next_date: datetime.date | None = None
    deadline: datetime.date | None = None
    boost: float = 1.0
