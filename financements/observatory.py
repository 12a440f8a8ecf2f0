"""Funding in the observatory (observatoire.registry): the schemes of the guide open during the period,
by kind of help and by beneficiary (one query each; a scheme counts in each of its kinds). Public data."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from financements.enums import Beneficiary, HelpKind, SchemeStatus
from financements.models import FundingSchemePage, scheme_status
from observatoire.figures import COUNT, Column, Figure, Theme, choice_label
from observatoire.registry import register, register_theme

SCHEMES = Column("schemes", _("Open schemes"), COUNT)


def _open_schemes(period, today, field: str) -> list:
    """The values of `field` of each scheme open on the period's reference day (the last day of a
    past period, or today)."""
    day = period.reference_day(today)
    schemes = FundingSchemePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    return [
        values
        for values, *dates in schemes.values_list(field, "opens_on", "closes_on", "permanent")
        if _is_open(day, *dates)
    ]


def _is_open(day, opens_on, closes_on, permanent) -> bool:
    """Open, closing soon, all year, or with no dates given (the guide shows those as current)."""
    status = scheme_status(opens_on=opens_on, closes_on=closes_on, permanent=permanent, today=day)
    return status not in (SchemeStatus.CLOSED, SchemeStatus.UPCOMING)


def _by(field: str, keys):
    def compute(period, today):
        counts = {}
        for values in _open_schemes(period, today, field):
            for value in values:
                counts[value] = counts.get(value, 0) + 1
        return [(key, [counts.get(key, 0)]) for key in keys]

    return compute


def register_figures() -> None:
    register_theme(Theme("financements", _("Funding"), order=30))
    source = _(
        "Schemes of the funding guide open on the last day of the period (today for the current one); "
        "a scheme may count in several rows."
    )
    register(
        Figure(
            "dispositifs-nature", "financements", _("Open funding schemes by kind of help"), source,
            _("Kind of help"), (SCHEMES,), _by("help_kinds", HelpKind.values), label=choice_label(HelpKind),
            summed=False,
        ),
        Figure(
            "dispositifs-beneficiaire", "financements", _("Open funding schemes by beneficiary"), source,
            _("Beneficiary"), (SCHEMES,), _by("beneficiaries", Beneficiary.values),
            label=choice_label(Beneficiary), summed=False,
        ),
    )  # fmt: skip
