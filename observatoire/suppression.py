"""Small-count suppression: no published cell lets anyone recognise a company or a person.

The rule (docs/observatory.md), on the columns a figure marks `sensitive`:
1. primary: a count from 1 to 4 is not shown ("< 5" on the page, null in JSON, empty in CSV);
   a duration, a share or an average computed on fewer than 5 requests is not shown either;
2. secondary: a suppressed count is never alone in its column (when the figure shows a total) nor in
   its row (when a row has several sensitive counts): the smallest other non-zero count is suppressed
   too — or, when there is none, the total — so that no subtraction gives it back. Repeated until
   nothing changes.
Zeros are shown: a zero identifies no one.
"""

from observatoire.figures import COUNT, TOTAL, Figure

SMALL = 5


def table(figure: Figure, rows: list[tuple[str, list]]) -> dict:
    """The published table: {"rows": [[key, values]], "total": values or None}, suppressed."""
    total = next((values for key, values in rows if key == TOTAL), None)
    rows = [[key, list(values)] for key, values in rows if key != TOTAL]
    if total is None and figure.summed:
        total = [
            sum(values[index] or 0 for _key, values in rows) if column.kind == COUNT else None
            for index, column in enumerate(figure.columns)
        ]
    total = list(total) if total is not None else None
    if figure.sensitive:
        _suppress(figure, [values for _key, values in rows], total)
    return {"rows": rows, "total": total}


def _suppress(figure: Figure, grid: list[list], total: list | None) -> None:
    counts = [i for i, column in enumerate(figure.columns) if column.sensitive and column.kind == COUNT]
    base = counts[0] if counts else None  # how many requests a row's durations and shares stand on
    hidden = set()  # (row number, column); the total row is number -1
    lines = [*enumerate(grid), *([(-1, total)] if total is not None else [])]
    for number, values in lines:
        if base is not None and values[base] is not None and values[base] < SMALL:
            hidden.update((number, i) for i, column in enumerate(figure.columns) if column.kind != COUNT)
        hidden.update((number, i) for i in counts if values[i] and values[i] < SMALL)
    changed = True
    while changed:
        changed = False
        if total is not None:
            for i in counts:
                cells = [(number, i) for number in range(len(grid))]
                changed |= _not_alone(cells + [(-1, i)], cells, hidden, grid, total)
        if len(counts) > 1:
            for number in range(len(grid)):
                cells = [(number, i) for i in counts]
                changed |= _not_alone(cells, cells, hidden, grid, total)
    for number, i in hidden:
        (total if number == -1 else grid[number])[i] = None


def _not_alone(group, candidates, hidden, grid, total) -> bool:
    """Suppress one more cell of `group` when exactly one of it is hidden (True if it did)."""
    if sum(cell in hidden for cell in group) != 1:
        return False

    def value(cell):
        number, i = cell
        return (total if number == -1 else grid[number])[i]

    shown = [cell for cell in candidates if cell not in hidden and value(cell)]
    if not shown:
        shown = [cell for cell in group if cell not in hidden and value(cell)]
    if not shown:
        return False
    hidden.add(min(shown, key=value))
    return True
