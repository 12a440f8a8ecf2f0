"""Server-rendered bar charts: geometry for templates/observatoire/_chart.html (an inline SVG).

Readable without colour: each row's name is written above its bars, each bar carries its value,
series differ by pattern (solid, hatched, dotted, crossed) and are named in a legend; suppressed values are
written "< 5" where the bar would be. No script, no external file.
"""

import textwrap
from dataclasses import dataclass

WIDTH = 420
BAR_AREA = 330  # the longest bar; the rest holds its value
BAR_HEIGHT = 14
LINE_HEIGHT = 17  # a line of a row's name
GAP = 10
LEGEND_LINE = 18
WRAP = 56  # characters of a row's name per line
PATTERNS = ("solid", "hatched", "dotted", "crossed")


@dataclass
class Bar:
    y: int
    width: float
    text: str
    pattern: str

    @property
    def text_x(self) -> float:
        return self.width + 6

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 3


@dataclass
class ChartRow:
    lines: list[tuple[int, str]]  # (y, text) of its name
    bars: list[Bar]


def chart(rows: list[tuple[str, list]], series: list[tuple[str, list[str]]]) -> dict:
    """`rows`: (name, [value per series, None if suppressed]); `series`: (name, [cell text per row])."""
    top = LEGEND_LINE * len(series) + 6 if len(series) > 1 else 0
    numbers = [value for _name, values in rows for value in values if value is not None]
    scale = BAR_AREA / max(numbers) if numbers and max(numbers) > 0 else 0
    y, drawn = top, []
    for number, (name, values) in enumerate(rows):
        lines = []
        for line in textwrap.wrap(name, WRAP) or [""]:
            y += LINE_HEIGHT
            lines.append((y - 4, line))
        bars = []
        for index, value in enumerate(values):
            y += 2
            width = max(value * scale, 1) if value else 0  # a zero is a hairline-free empty bar
            bars.append(Bar(y, round(width, 1), series[index][1][number], PATTERNS[index % len(PATTERNS)]))
            y += BAR_HEIGHT
        drawn.append(ChartRow(lines, bars))
        y += GAP
    legend = [
        (LEGEND_LINE * index, name, PATTERNS[index % len(PATTERNS)])
        for index, (name, _text) in enumerate(series)
    ]
    return {"width": WIDTH, "height": max(y, 20), "rows": drawn, "legend": legend if top else []}
