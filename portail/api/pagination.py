"""One pagination for every list: `limit` and `offset` in, `count`, `next`, `previous` and
`results` out (the links are absolute URLs, null at either end)."""

from typing import Any

from ninja import Field, Schema
from ninja.pagination import PaginationBase

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
MAX_OFFSET = 100_000


class LinkedPagination(PaginationBase):
    class Input(Schema):
        limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)

    class Output(Schema):
        count: int
        next: str | None
        previous: str | None
        results: list[Any]

    items_attribute = "results"

    def paginate_queryset(self, queryset, pagination: Input, request, **params):
        limit, offset = pagination.limit, pagination.offset
        count = self._items_count(queryset)
        return {
            "count": count,
            "next": page_link(request, limit, offset + limit) if offset + limit < count else None,
            "previous": page_link(request, limit, max(offset - limit, 0)) if offset > 0 else None,
            "results": queryset[offset : offset + limit],
        }


def page_link(request, limit: int, offset: int) -> str:
    params = request.GET.copy()
    params["limit"], params["offset"] = str(limit), str(offset)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def page_links(request, page: int, pages: int, name: str = "page") -> dict[str, Any]:
    """For a list the engine pages by number (the search): the links to the pages around."""

    def link(number):
        params = request.GET.copy()
        params[name] = str(number)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return {
        "next": link(page + 1) if page < pages else None,
        "previous": link(page - 1) if page > 1 else None,
    }
