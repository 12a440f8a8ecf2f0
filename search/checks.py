"""System checks of the registrations (run once every app is ready, whatever their order)."""

from django.core import checks


@checks.register()
def check_registrations(app_configs=None, **kwargs):
    from search.registry import BUILDERS, DECLARED, TYPES

    errors = [
        checks.Error(
            f"The search builder of {label} makes documents of type {builder.type!r}, "
            "which no app registers.",
            hint="Call search.registry.register_type() in the app's AppConfig.ready().",
            id="portail_search.E001",
        )
        for label, builder in BUILDERS.items()
        if builder.type not in TYPES
    ]
    errors += [
        checks.Error(
            f"The search type {search_type.key!r} carries the facet {key!r}, which no app registers.",
            id="portail_search.E002",
        )
        for search_type in TYPES.values()
        for key in search_type.facets
        if key not in DECLARED
    ]
    return errors
