"""The label in the observatory (observatoire.registry): providers holding a valid label on the
period's reference day, by solution category and by commune (one query each). The registry is public:
nothing to suppress."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from label.enums import SolutionCategory
from label.models import Solution
from label.selectors import valid_providers
from observatoire.figures import COUNT, Column, Figure, Theme, choice_label
from observatoire.registry import register, register_theme

PROVIDERS = Column("providers", _("Labelled providers"), COUNT)


def by_category(period, today):
    providers = valid_providers(period.reference_day(today))
    counts = dict(
        Solution.objects.filter(provider__in=providers)
        .values_list("category")
        .annotate(n=Count("provider", distinct=True))
        .order_by()
    )
    return [(key, [counts.get(key, 0)]) for key in SolutionCategory.values]


def by_commune(period, today):
    rows = (
        valid_providers(period.reference_day(today))
        .values_list("commune__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "commune__name")
    )
    return [(name, [count]) for name, count in rows]


def register_figures() -> None:
    register_theme(Theme("label", _("The label « produit local numérique »"), order=50))
    source = _("Providers whose label is valid on the last day of the period (today for the current one).")
    register(
        Figure(
            "label-categorie", "label", _("Labelled providers by category of solution"),
            _(
                "Providers whose label is valid on the last day of the period; a provider may offer "
                "several categories."
            ),
            _("Category"), (PROVIDERS,), by_category, label=choice_label(SolutionCategory), summed=False,
        ),
        Figure(
            "label-commune", "label", _("Labelled providers by commune"), source, _("Commune"), (PROVIDERS,),
            by_commune,
        ),
    )  # fmt: skip
