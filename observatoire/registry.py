"""Where apps put their figures (like search.registry): from AppConfig.ready(),

    register_theme(Theme("guichet", _("The guichet unique"), order=10))
    register(Figure(...), ...)

A future app (a barometer, say) adds its figures the same way; the page, the downloads, the API and
the snapshots show every registered figure, by theme order then registration order.
"""

from observatoire.figures import Figure, Theme

__all__ = ["figure", "figures", "register", "register_theme", "themes"]

FIGURES: dict[str, Figure] = {}
THEMES: dict[str, Theme] = {}


def register_theme(theme: Theme) -> None:
    THEMES.setdefault(theme.key, theme)


def register(*new: Figure) -> None:
    for item in new:
        if FIGURES.get(item.key, item) != item:
            raise ValueError(f"The figure {item.key!r} is registered twice, differently.")
        FIGURES[item.key] = item


def themes() -> list[Theme]:
    return sorted(THEMES.values(), key=lambda theme: theme.order)


def figures() -> list[Figure]:
    """In theme order, then registration order; a figure whose theme nobody registered is left out."""
    order = {theme.key: number for number, theme in enumerate(themes())}
    return sorted(
        (item for item in FIGURES.values() if item.theme in order), key=lambda item: order[item.theme]
    )


def figure(key: str) -> Figure | None:
    return FIGURES.get(key)
