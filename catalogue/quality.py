"""The catalogue's data quality, for editors: what a learner would miss on the published programmes
and their providers (no place, duration, cost, level or contact), counted and listed to be fixed."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from catalogue.enums import Modality
from catalogue.models import TrainingPage, TrainingProvider

NO_PROVIDER_CONTACT = Q(provider__phone="", provider__email="", provider__website="")


@dataclass
class Gap:
    key: str
    label: str
    items: list

    @property
    def count(self) -> int:
        return len(self.items)


def programmes() -> QuerySet:
    """The published programmes in French (the source of every translation)."""
    return (
        TrainingPage.objects.live()
        .filter(locale=Locale.get_default())
        .select_related("provider")
        .order_by("title", "pk")
    )


def programme_gaps() -> list[Gap]:
    pages = programmes()
    no_place = Q(commune__isnull=True, place_name="", provider__commune__isnull=True, provider__place_name="")
    return [
        Gap(
            "place",
            _("No place (theirs or their provider's), not at a distance"),
            list(pages.filter(no_place).exclude(modality=Modality.DISTANCE)),
        ),
        Gap("duration", _("No duration"), list(pages.filter(duration_hours__isnull=True))),
        Gap("cost", _("No cost"), list(pages.filter(cost_eur__isnull=True, cost_text=""))),
        Gap("entry-level", _("No entry level"), list(pages.filter(entry_level__isnull=True))),
        Gap("exit-level", _("No level reached"), list(pages.filter(exit_level__isnull=True))),
        Gap(
            "contact",
            _("No contact (theirs or their provider's)"),
            list(pages.filter(NO_PROVIDER_CONTACT, contact="")),
        ),
    ]


def provider_gaps() -> list[Gap]:
    providers = TrainingProvider.objects.order_by("name")
    return [
        Gap("place", _("No place"), list(providers.filter(commune__isnull=True, place_name=""))),
        Gap("place-to-verify", _("Place to verify"), list(providers.filter(place_to_verify=True))),
        Gap(
            "contact",
            _("No phone, e-mail or website"),
            list(providers.filter(phone="", email="", website="")),
        ),
        Gap("qualiopi", _("Qualiopi not stated"), list(providers.filter(qualiopi__isnull=True))),
    ]
