"""Open calls for tenders and projects in /api/v1/achats/, as in the feeds."""

import datetime

from ninja import Router, Schema
from ninja.pagination import paginate

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from achats.selectors import open_calls
from portail.api.pagination import LinkedPagination

router = Router(tags=["achats"])


class CallOut(Schema):
    title: str
    buyer: str
    kind: str
    categories: list[str]
    deadline: datetime.date
    link: str
    url: str


@router.get("/appels/", response=list[CallOut], summary="Open calls for tenders and projects")
@paginate(LinkedPagination)
def calls(request: HttpRequest):
    return [
        {
            "title": call.title,
            "buyer": call.buyer,
            "kind": call.kind,
            "categories": call.categories,
            "deadline": call.deadline,
            "link": call.link,
            "url": settings.SITE_URL + reverse("achats:call", args=[call.pk]),
        }
        for call in open_calls()
    ]
