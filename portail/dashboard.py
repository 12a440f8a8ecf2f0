"""Panels of the admin's home page ("tableau de bord"): a heading, a count, a few rows with links and
a link to the full list; each app adds its own through `construct_homepage_panels`."""

from dataclasses import dataclass

from wagtail.admin.ui.components import Component

ROWS = 5


@dataclass(frozen=True)
class Row:
    label: str
    detail: str
    url: str


class ListPanel(Component):
    template_name = "portail/admin/list_panel.html"

    def __init__(
        self, *, key: str, heading: str, rows: list[Row], total: int, empty: str, more_url: str, order: int
    ):
        self.key, self.heading, self.rows, self.total = key, heading, rows, total
        self.empty, self.more_url, self.order = empty, more_url, order

    def get_context_data(self, parent_context=None):
        return {"panel": self}
