"""The training offer in the observatory (observatoire.registry): the published programmes and the
sessions starting in the period, by level, domain, EPCI and modality (two aggregate queries each).
Public catalogue data: nothing to suppress."""

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from catalogue.enums import Domain, Level, Modality
from catalogue.models import TrainingPage, TrainingSession
from observatoire.figures import COUNT, Column, Figure, Theme, choice_label
from observatoire.registry import register, register_theme
from portail.models import EPCI

COLUMNS = (
    Column("programmes", _("Programmes published"), COUNT),
    Column("sessions", _("Sessions starting in the period"), COUNT),
)
NONE = ""


def _counts(queryset, field: str) -> dict:
    return {
        (NONE if key is None else str(key)): count
        for key, count in queryset.values_list(field).annotate(n=Count("pk")).order_by()
    }


def _figure(programme_field: str, session_field: str, keys):
    """Programmes published now by `programme_field`; sessions starting in the period by `session_field`."""

    def compute(period, today):
        programmes = TrainingPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
        sessions = period.filter(
            TrainingSession.objects.filter(
                page__live=True, page__locale__language_code=settings.LANGUAGE_CODE
            ),
            "start_date",
            dates=True,
        )
        by_programme, by_session = _counts(programmes, programme_field), _counts(sessions, session_field)
        listed = [str(key) for key in (keys() if callable(keys) else keys)]
        extra = sorted((set(by_programme) | set(by_session)) - set(listed))
        return [(key, [by_programme.get(key, 0), by_session.get(key, 0)]) for key in [*listed, *extra]]

    return compute


def _epcis():
    return EPCI.objects.order_by("short_name").values_list("short_name", flat=True)


def _level_label(key: str) -> str:
    if key.isdigit() and int(key) in Level.values:
        return str(Level(int(key)).label)
    return str(_("Not given"))


def register_figures() -> None:
    register_theme(Theme("formation", _("Training offer"), order=20))
    source = _("Programmes published in the catalogue now; their sessions starting in the period.")
    register(
        Figure(
            "formations-niveau", "formation", _("Training by level reached"), source, _("Level"), COLUMNS,
            _figure("exit_level", "page__exit_level", [level for level, _label in Level.choices]),
            label=_level_label,
            charted=("programmes", "sessions"),
        ),
        Figure(
            "formations-domaine", "formation", _("Training by domain"), source, _("Domain"), COLUMNS,
            _figure("domain", "page__domain", Domain.values), label=choice_label(Domain),
            charted=("programmes", "sessions"),
        ),
        Figure(
            "formations-epci", "formation", _("Training by EPCI"), source, _("EPCI"), COLUMNS,
            _figure("commune__epci__short_name", "commune__epci__short_name", _epcis),
            label=lambda key: key or str(_("Outside Martinique or at a distance")),
            charted=("programmes", "sessions"),
        ),
        Figure(
            "formations-modalite", "formation", _("Training by modality"), source, _("Modality"), COLUMNS,
            _figure("modality", "page__modality", Modality.values),
            label=choice_label(Modality, **{NONE: _("Not given")}), charted=("programmes", "sessions"),
        ),
    )  # fmt: skip
