"""What the catalogue, funding guide and map listings take from a search: objects and counts.

A listing builds a SearchQuery restricted to its type, with its filters as facet values, and gets
back hits in order and the count of each facet value (disjunctive, as on the search page).
"""

from django.db.models import QuerySet

from wagtail.models import TranslatableMixin

from search.query import SearchResults


def objects_of(results: SearchResults, queryset: QuerySet) -> list:
    """The objects of `queryset` behind the hits, in the hits' order (one per hit that has one).

    Hits name translatable objects by translation key: filter `queryset` on the locale wanted.
    """
    field = "translation_key" if issubclass(queryset.model, TranslatableMixin) else "pk"
    groups = [hit.key.partition(":")[2] for hit in results.hits]
    found = {str(getattr(obj, field)): obj for obj in queryset.filter(**{f"{field}__in": groups})}
    return [found[group] for group in groups if group in found]


def counts(results: SearchResults, key: str) -> dict[str, int]:
    """How many results each value of a facet would give, with the other facets' choices applied."""
    return {value.value: value.count for value in results.facets.get(key, [])}
