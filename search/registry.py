"""How apps put their content in the search (see docs/search.md): the public registration interface.

In its `AppConfig.ready()`, an app imports its search module, whose builders are registered as it
is imported::

    @register("formation", TrainingPage)
    def build(page, language): -> SearchDocument | None

and calls::

    register_type("formation", _("Training programme"), facets=("commune", "epci"))
    register_facet(Facet("niveau", _("Level reached"), ("formation",), choices), ...)

`build` gets the object in the language shown (or its French original when it is not translated)
and the display language; None leaves the object out. `deferred` tells when the app indexes in
bulk itself (e.g. during an LHEO import); `queryset` lists what `search_reindex` rebuilds.
A type names the facets of `search.facets.GENERIC` (or of another app) that its documents carry.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Model, QuerySet
from django.utils.functional import Promise
from django.utils.translation import override

from wagtail.models import Locale, Page, TranslatableMixin

from search.documents import SearchDocument
from search.facets import GENERIC, Facet, arrange

__all__ = ["register", "register_facet", "register_type"]  # what apps call (docs/search.md)


@dataclass(frozen=True)
class SearchType:
    key: str
    label: Promise
    facets: tuple[str, ...] = ()  # facets declared elsewhere (commune, epci…) that its documents carry


TYPES: dict[str, SearchType] = {}  # in registration order; search.facets orders them for display
DECLARED: dict[str, Facet] = {facet.key: facet for facet in GENERIC}


def register_type(key: str, label: Promise, *, facets: tuple[str, ...] = ()) -> None:
    """A type of search result (a value of the `type` facet), with the shared facets it carries."""
    _add(TYPES, SearchType(key, label, tuple(facets)))


def register_facet(*facets: Facet) -> None:
    """Facets whose values the registering app owns (stable keys and values: the API contract)."""
    for facet in facets:
        _add(DECLARED, facet)


def _add(registered: dict, item) -> None:
    if registered.get(item.key, item) != item:
        raise ValueError(f"The search key {item.key!r} is registered twice, differently.")
    registered[item.key] = item
    arrange(TYPES, DECLARED)


arrange(TYPES, DECLARED)


@dataclass(frozen=True)
class Builder:
    type: str
    model: type[Model]
    build: Callable[[Model, str], SearchDocument | None]
    queryset: Callable[[], QuerySet]
    deferred: Callable[[], bool]

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


BUILDERS: dict[str, Builder] = {}


def register(type_: str, model: type[Model], *, queryset=None, deferred=None):
    """A builder of documents of type `type_` (registered with register_type) for `model`'s objects."""

    def decorator(build):
        default = (lambda: model.objects.live().public()) if issubclass(model, Page) else model.objects.all
        BUILDERS[model._meta.label_lower] = Builder(
            type_, model, build, queryset or default, deferred or (lambda: False)
        )
        return build

    return decorator


def builder_for(model) -> Builder | None:
    return BUILDERS.get(model._meta.label_lower)


def group_id(obj) -> str:
    """What ties an object's translations together: its translation key, or its primary key."""
    return str(obj.translation_key) if isinstance(obj, TranslatableMixin) else str(obj.pk)


def group_key(builder: Builder, group: str) -> str:
    return f"{builder.label}:{group}"


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _versions(builder: Builder, groups: list[str]) -> dict[str, dict[str, Model]]:
    """The indexable versions of each group, by language code."""
    found: dict[str, dict[str, Model]] = {group: {} for group in groups}
    if not issubclass(builder.model, TranslatableMixin):
        for obj in builder.queryset().filter(pk__in=groups):
            found[str(obj.pk)][settings.LANGUAGE_CODE] = obj
        return found
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    for obj in builder.queryset().filter(translation_key__in=groups):
        found[str(obj.translation_key)][codes[obj.locale_id]] = obj
    return found


def documents(builder: Builder, groups: list[str]) -> dict[str, list[tuple[str, SearchDocument]]]:
    """For each group key: (display language, document) for every language, translated or not.

    An object not translated into a language is shown there in the default language (French):
    that is how a French-only record is found from the English and Spanish searches.
    """
    result = {}
    default = settings.LANGUAGE_CODE
    for group, versions in _versions(builder, groups).items():
        shown = []
        for language in languages() if versions else []:
            obj = versions.get(language) or versions.get(default) or next(iter(versions.values()))
            with override(language):
                document = builder.build(obj, language)
            if document is not None:
                shown.append((language, document))
        result[group_key(builder, group)] = shown
    return result


def all_groups(builder: Builder) -> list[str]:
    queryset = builder.queryset()
    if issubclass(builder.model, TranslatableMixin):
        return [str(key) for key in queryset.order_by().values_list("translation_key", flat=True).distinct()]
    return [str(pk) for pk in queryset.values_list("pk", flat=True)]
