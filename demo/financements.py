"""The demo funders and funding schemes (demo/data/financements.yaml), under the demo funding guide."""

import datetime

from django.db import transaction

from wagtail.models import Locale

from demo.text import read
from demo.translation import translate, translation_table
from financements.models import Funder, FundingGuidePage, FundingSchemePage
from portail.models import EPCI, Commune

FUNDERS = read("financements")["funders"]
SCHEMES = read("financements")["schemes"]
RICH_TEXT = ("eligibility", "eligible_expenses", "how_to_apply", "documents")
PLAIN_TEXT = ("summary", "amount_text", "contact")
AS_IS = (
    "help_kinds",
    "beneficiaries",
    "sectors",
    "project_types",
    "headcount_min",
    "headcount_max",
    "amount_min",
    "amount_max",
    "rate",
    "permanent",
)


def demo_load() -> bool:
    """Add funders and schemes to the French funding guide, once; translate those marked so.

    Schemes with neither dates nor "open all year" are left as drafts: no status can be given.
    """
    french = Locale.get_default()
    guide = FundingGuidePage.objects.filter(locale=french).first()
    if guide is None or FundingSchemePage.objects.exists():
        return False
    with transaction.atomic():
        table = translation_table(FUNDERS, SCHEMES)
        funders = {}
        for item in FUNDERS:
            funders[item["key"]] = Funder.objects.create(
                locale=french, name=item["name"].fr, kind=item["kind"], website=item["website"]
            )
            translate(funders[item["key"]], table)
        for item in SCHEMES:
            scheme = _scheme(item, funders)
            # A past call whose dates the sources do not give stays a draft for an editor to confirm.
            scheme.live = bool(item["permanent"] or item["opens_on"] or item["closes_on"])
            guide.add_child(instance=scheme)
            revision = scheme.save_revision()
            if scheme.live:
                revision.publish()
                if item["translated"]:
                    translate(scheme, table)
    return True


def _scheme(item, funders) -> FundingSchemePage:
    scheme = FundingSchemePage(
        locale=Locale.get_default(),
        title=item["title"].fr,
        slug=item["slug"].fr,
        opens_on=_date(item["opens_on"]),
        closes_on=_date(item["closes_on"]),
        **{name: item[name] for name in AS_IS},
        **{name: item[name].fr if item[name] else "" for name in RICH_TEXT + PLAIN_TEXT},
    )
    scheme.checklist = [
        (
            "document",
            {
                "title": document["title"].fr,
                "help_text": document["help_text"].fr if document["help_text"] else "",
                "required": document["required"],
            },
        )
        for document in item.get("checklist") or []
    ]
    scheme.funders = [funders[key] for key in item["funders"]]
    scheme.epcis = list(EPCI.objects.filter(code__in=item["epcis"]))
    scheme.communes = list(Commune.objects.filter(insee_code__in=item["communes"]))
    return scheme


def _date(value) -> datetime.date | None:
    """A YAML date (2026-03-12), a quoted one, or null."""
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value
