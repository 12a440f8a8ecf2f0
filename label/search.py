"""Labelled digital providers in the search (type "prestataire"); see docs/search.md."""

from django.db.models.signals import post_save
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from label.enums import SolutionCategory
from label.models import LabelApplication, Provider, Solution
from label.selectors import valid_providers
from search.documents import SearchDocument
from search.indexing import index_objects
from search.registry import register, register_type


def register_search():
    """Called by LabelConfig.ready(): the type of this module (its facets are shared ones)."""
    register_type("prestataire", _("Digital service provider"), facets=("commune", "epci", "categorie"))
    register_type("solution", _("Local digital solution"), facets=("commune", "epci", "categorie"))


def _providers():
    return valid_providers().select_related("commune__epci").prefetch_related("solutions")


@register("prestataire", Provider, queryset=_providers)
def build(provider: Provider, language: str) -> SearchDocument:
    """One document per language: the provider's own translation of its description, else French."""
    translated = "" if language == "fr" else getattr(provider, f"description_{language}", "")
    description = translated or provider.description
    solutions = list(provider.solutions.all())
    categories = sorted({s.category for s in solutions}, key=list(SolutionCategory.values).index)
    commune = provider.commune
    with override(language):
        url = reverse("label:directory") + f"#provider-{provider.pk}"
    labels = {("categorie", value): str(SolutionCategory(value).label) for value in categories}
    labels |= {
        ("commune", commune.insee_code): commune.name,
        ("epci", commune.epci.code): commune.epci.short_name,
    }
    return SearchDocument(
        type="prestataire",
        locale=language if translated else "fr",
        title=provider.name,
        url=url,
        summary=description,
        body=" ".join(f"{s.name} {s.description} {s.references}" for s in solutions),
        facets={"categorie": categories, "commune": [commune.insee_code], "epci": [commune.epci.code]},
        facet_labels=labels,
        latitude=float(commune.latitude),
        longitude=float(commune.longitude),
    )


@register("solution", Solution, queryset=lambda: Solution.objects.select_related("provider__commune__epci"))
def build_solution(solution: Solution, language: str) -> SearchDocument:
    """Every registered provider's solutions (the directory of local solutions), written in French."""
    provider, commune = solution.provider, solution.provider.commune
    with override(language):
        url = reverse("label:provider", args=[provider.pk]) + f"#solution-{solution.pk}"
        category = str(SolutionCategory(solution.category).label)
    references = solution.references if solution.references_consent else ""
    return SearchDocument(
        type="solution",
        locale="fr",
        title=f"{solution.name} ({provider.name})",
        url=url,
        summary=solution.description,
        body=f"{provider.name} {category} {references}",
        facets={
            "categorie": [solution.category],
            "commune": [commune.insee_code],
            "epci": [commune.epci.code],
        },
        facet_labels={
            ("categorie", solution.category): category,
            ("commune", commune.insee_code): commune.name,
            ("epci", commune.epci.code): commune.epci.short_name,
        },
        latitude=float(commune.latitude),
        longitude=float(commune.longitude),
    )


def _label_changed(sender, instance: LabelApplication, raw=False, **kwargs):
    """A revoked, expired or renewed label changes whether its provider is found."""
    if not raw:
        index_objects([instance.provider])


def _provider_changed(sender, instance: Provider, raw=False, **kwargs):
    """A provider's solutions carry its name, commune and EPCI: renamed or moved, they follow."""
    if not raw:
        index_objects(list(instance.solutions.all()))


post_save.connect(_label_changed, sender=LabelApplication, dispatch_uid="search-label-application")
post_save.connect(_provider_changed, sender=Provider, dispatch_uid="search-provider-solutions")
