"""Anonymous counts of the self-diagnoses: how many reached each level in each dimension."""

from collections import Counter

from guichet.diagnosis.questions import DIMENSIONS, LEVELS
from guichet.selectors import SMALL_COUNT


def raw_level_counts(diagnoses) -> Counter:
    """(dimension key, level) → how many diagnoses reached it, nothing hidden (one query)."""
    return Counter(pair for levels in diagnoses.values_list("levels", flat=True) for pair in levels.items())


def level_counts(diagnoses) -> list[dict]:
    """One row per dimension and level, in order; counts under 5 are hidden ("<5"), like the
    requests' open data, so that no company can be recognised."""
    counts = raw_level_counts(diagnoses)
    return [
        {
            "dimension": dimension.key,
            "niveau": number,
            "diagnostics": _shown(counts[(dimension.key, number)]),
        }
        for dimension in DIMENSIONS
        for number, _label, _meaning in LEVELS
    ]


def _shown(count: int):
    return count if count == 0 or count >= SMALL_COUNT else f"<{SMALL_COUNT}"


def dashboard_table(diagnoses) -> dict:
    """For the CTM's dashboard: the total, the level names, and per dimension its counts by level."""
    rows = level_counts(diagnoses)
    by_dimension = {dimension.key: [] for dimension in DIMENSIONS}
    for row in rows:
        by_dimension[row["dimension"]].append(row["diagnostics"])
    return {
        "total": diagnoses.count(),
        "levels": [label for _number, label, _meaning in LEVELS],
        "rows": [(dimension.label, by_dimension[dimension.key]) for dimension in DIMENSIONS],
    }
