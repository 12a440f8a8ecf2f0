"""Reads of the observatory: a period's tables (frozen or live), and their rows as shown and downloaded."""

import datetime
from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _

from observatoire import charts, registry, suppression
from observatoire.figures import COUNT, PERCENT, Figure
from observatoire.models import Snapshot
from observatoire.periods import Period

SUPPRESSED = "< 5"


def live_tables(period: Period, today: datetime.date) -> dict[str, dict]:
    """Every registered figure computed now for the period, suppressed: what a snapshot stores."""
    return {
        figure.key: suppression.table(figure, figure.compute(period, today)) for figure in registry.figures()
    }


def period_tables(period: Period, today: datetime.date) -> tuple[dict[str, dict], Snapshot | None]:
    """A past period's frozen tables when it has a snapshot, else the live ones."""
    snapshot = Snapshot.objects.filter(period=period.key).first() if period.is_past(today) else None
    if snapshot is not None:
        return snapshot.figures, snapshot
    return live_tables(period, today), None


def figure_table(figure: Figure, period: Period, today: datetime.date) -> tuple[dict | None, Snapshot | None]:
    """One figure's table for the period (None when a snapshot was frozen before it existed)."""
    snapshot = Snapshot.objects.filter(period=period.key).first() if period.is_past(today) else None
    if snapshot is not None:
        return snapshot.figures.get(figure.key), snapshot
    return suppression.table(figure, figure.compute(period, today)), None


def cell_text(value, kind: str) -> str:
    if value is None:
        return SUPPRESSED
    if kind == COUNT:
        return formats.number_format(value, force_grouping=True)
    if kind == PERCENT:
        return _("%(value)s %%") % {"value": formats.number_format(value, 0)}
    return formats.number_format(value, 1)  # DAYS, RATING


@dataclass
class Shown:
    """A figure as the page shows it: its rows' names and cells, its total, its chart."""

    figure: Figure
    rows: list[tuple[str, str, list]]  # (key, name, values)
    total: list | None

    def cells(self, values: list) -> list[str]:
        return [
            cell_text(value, column.kind) for value, column in zip(values, self.figure.columns, strict=True)
        ]

    @property
    def body(self) -> list[tuple[str, list[str]]]:
        return [(name, self.cells(values)) for _key, name, values in self.rows]

    @property
    def total_cells(self) -> list[str] | None:
        if self.total is None:
            return None
        return [
            cell_text(value, column.kind) if value is not None or column.kind == COUNT else "—"
            for value, column in zip(self.total, self.figure.columns, strict=True)
        ]

    @property
    def chart(self) -> dict:
        charted = [i for i, column in enumerate(self.figure.columns) if column.key in self.figure.charted]
        charted = charted or [0]
        series = [
            (
                str(self.figure.columns[i].label),
                [cell_text(values[i], self.figure.columns[i].kind) for _k, _n, values in self.rows],
            )
            for i in charted
        ]
        return charts.chart(
            [(name, [values[i] for i in charted]) for _key, name, values in self.rows], series
        )

    def download_rows(self) -> list[list]:
        """The table as downloaded: a header, the rows, the total; suppressed cells None."""
        header = [str(self.figure.row_header), *(str(column.label) for column in self.figure.columns)]
        rows = [[name, *values] for _key, name, values in self.rows]
        if self.total is not None:
            rows.append([_("Total"), *self.total])
        return [header, *rows]


def shown(figure: Figure, table: dict) -> Shown:
    rows = [(key, figure.label(key), values) for key, values in table["rows"]]
    return Shown(figure, rows, table.get("total"))
