"""The buyers' barometer in the observatory (observatoire.registry): answers received in the period,
by local share of digital purchases and by kind of buyer (one query each). Answers count buyers:
the observatory hides counts under 5."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from achats.enums import BuyerKind, LocalShare
from achats.models import BarometerResponse
from observatoire.figures import COUNT, Column, Figure, Theme, choice_label
from observatoire.registry import register, register_theme

ANSWERS = Column("answers", _("Answers"), COUNT, sensitive=True)


def _answers_by(field: str, keys: list[str]):
    def compute(period, today):
        counts = dict(
            period.filter(BarometerResponse.objects.all(), "created_at")
            .values_list(field)
            .annotate(n=Count("pk"))
            .order_by()
        )
        return [(key, [counts.get(key, 0)]) for key in keys]

    return compute


def register_figures() -> None:
    register_theme(Theme("achats", _("Local digital purchasing"), order=60))
    source = _("Answers to the buyers' yearly barometer received in the period.")
    register(
        Figure(
            "barometre-part-locale", "achats", _("Share of digital purchases made from local providers"),
            source, _("Local share"), (ANSWERS,), _answers_by("local_share", LocalShare.values),
            label=choice_label(LocalShare),
        ),
        Figure(
            "barometre-acheteurs", "achats", _("Barometer answers by kind of buyer"), source,
            _("Kind of buyer"), (ANSWERS,), _answers_by("buyer_kind", BuyerKind.values),
            label=choice_label(BuyerKind),
        ),
    )  # fmt: skip
