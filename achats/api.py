"""Open calls for tenders and projects in /api/v1/achats/, as in the feeds."""

import datetime

from ninja import Router, Schema
from ninja.pagination import paginate

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from achats.selectors import open_calls
from portail.api.datasets import DAILY, ICALENDAR, OPENAPI, Dataset, Distribution, register_dataset
from portail.api.pagination import LinkedPagination

router = Router(tags=["achats"])

RSS = "https://www.rssboard.org/rss-specification"
ATOM = "https://www.rfc-editor.org/rfc/rfc4287"

register_dataset(
    Dataset(
        key="appels",
        title={
            "fr": "Appels d'offres et à projets numériques en Martinique",
            "en": "Digital calls for tenders and projects in Martinique",
        },
        description={
            "fr": "Les appels ouverts utiles aux entreprises numériques locales : acheteur, échéance, "
            "catégories de solutions, lien vers l'annonce.",
            "en": "Open calls relevant to local digital firms: buyer, deadline, solution categories, "
            "link to the notice.",
        },
        frequency=DAILY,
        distributions=[
            Distribution("/api/v1/achats/appels/", "application/json", OPENAPI, "API v1"),
            Distribution("/fr/achats/appels/flux.rss", "application/rss+xml", RSS, "RSS"),
            Distribution("/fr/achats/appels/flux.atom", "application/atom+xml", ATOM, "Atom"),
            Distribution("/fr/achats/appels/echeances.ics", "text/calendar", ICALENDAR, "iCalendar"),
        ],
        keywords=["appels d'offres", "marchés publics", "numérique"],
        landing_page="/fr/achats/appels/",
    )
)


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
