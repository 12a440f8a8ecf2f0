"""Funding schemes in the search (type "financement"); see docs/search.md."""

from django.utils import timezone

from wagtail.models import Locale

from financements.enums import funded_projects
from financements.models import FundingSchemePage
from financements.selectors import name_funders
from portail.selectors import source_page
from search.builders import page_url, plain
from search.documents import SearchDocument
from search.registry import register


@register("financement", FundingSchemePage)
def build(page: FundingSchemePage, language: str) -> SearchDocument:
    source = source_page(page)
    communes = list(source.communes.select_related("epci"))
    epcis = list(source.epcis.all())
    funders = name_funders([source], Locale.objects.get(language_code=language))
    today = timezone.localdate()
    labels = {("commune", c.insee_code): c.name for c in communes}
    labels |= {("epci", e.code): e.short_name for e in epcis}
    labels |= {("financeur", f.slug): f.display_name for f in funders}
    return SearchDocument(
        type="financement",
        locale=page.locale.language_code,
        title=page.title,
        url=page_url(page),
        summary=page.summary,
        body=" ".join(
            [
                *(f.name for f in funders),
                page.amount_text,
                plain(page.eligibility, page.eligible_expenses, page.how_to_apply),
            ]
        ),
        facets={
            "beneficiaire": list(source.beneficiaries),
            "aide": list(source.help_kinds),
            "projet": sorted(funded_projects(source.project_types)),
            "financeur": [f.slug for f in funders],
            "statut": [source.status_on(today)],
            "commune": [c.insee_code for c in communes],
            "epci": [e.code for e in epcis],
        },
        facet_labels=labels,
        next_date=source.opens_on if source.opens_on and source.opens_on >= today else None,
        deadline=source.closes_on,
        boost=1.1,
    )
