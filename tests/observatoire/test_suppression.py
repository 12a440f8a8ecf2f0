"""The small-count rule: no published count from 1 to 4, and no suppressed cell alone in a column with a
total or in a row of several counts, so that no subtraction gives it back."""

from django.utils.translation import gettext_lazy as _

from observatoire.figures import COUNT, DAYS, TOTAL, Column, Figure
from observatoire.suppression import table

REQUESTS = Column("requests", _("Requests"), COUNT, sensitive=True)


def figure(*columns, summed=True):
    return Figure(
        "test", "guichet", _("Test"), _("Test"), _("Row"), columns, lambda period, today: [], summed=summed
    )


def test_a_count_under_5_is_hidden_and_not_recoverable_from_the_total():
    published = table(figure(REQUESTS), [("a", [12]), ("b", [7]), ("c", [3]), ("d", [0])])
    assert published == {"rows": [["a", [12]], ["b", [None]], ["c", [None]], ["d", [0]]], "total": [22]}


def test_two_small_counts_hide_each_other_and_nothing_more():
    published = table(figure(REQUESTS), [("a", [12]), ("b", [2]), ("c", [4])])
    assert published == {"rows": [["a", [12]], ["b", [None]], ["c", [None]]], "total": [18]}


def test_a_small_total_is_hidden_too():
    published = table(figure(REQUESTS), [("a", [3]), ("b", [0])])
    assert published == {"rows": [["a", [None]], ["b", [0]]], "total": [None]}


def test_without_a_total_only_the_small_cells_go():
    published = table(figure(REQUESTS, summed=False), [("a", [12]), ("b", [1]), ("c", [6])])
    assert published == {"rows": [["a", [12]], ["b", [None]], ["c", [6]]], "total": None}


def test_in_a_row_of_several_counts_a_hidden_cell_is_never_alone():
    columns = [Column(f"level-{n}", _("Level"), COUNT, sensitive=True) for n in range(3)]
    published = table(figure(*columns, summed=False), [("a", [9, 2, 7]), ("b", [10, 11, 12])])
    assert published["rows"] == [["a", [9, None, None]], ["b", [10, 11, 12]]]


def test_durations_on_fewer_than_5_requests_are_hidden():
    columns = (REQUESTS, Column("median", _("Median"), DAYS))
    rows = [("big", [8, 1.5]), ("small", [4, 0.5]), ("other", [9, 2.0]), (TOTAL, [21, 1.5])]
    published = table(figure(*columns), rows)
    assert published["rows"] == [["big", [None, 1.5]], ["small", [None, None]], ["other", [9, 2.0]]]
    assert published["total"] == [21, 1.5]  # the figure's own total row is kept as it is


def test_counts_that_name_nobody_are_never_hidden():
    public = Column("places", _("Places"), COUNT)
    assert table(figure(public), [("a", [1]), ("b", [2])]) == {"rows": [["a", [1]], ["b", [2]]], "total": [3]}
