"""Funding schemes in the search: the type "financement", its facets and its builder.

See docs/search.md; `FinancementsConfig.ready()` imports this module and calls `register_search()`.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.models import Locale

from financements.enums import Beneficiary, HelpKind, ProjectType, SchemeStatus, funded_projects
from financements.models import FundingSchemePage
from financements.selectors import name_funders
from portail.selectors import source_page
from search.builders import page_url, plain
from search.documents import SearchDocument
from search.facets import Facet
from search.registry import register, register_facet, register_type

FUNDER = Facet("financeur", _("Funder"), ("financement",))  # funders' French names as slugs
FACETS = (
    Facet("beneficiaire", _("For whom"), ("financement",), tuple(Beneficiary.choices)),
    Facet("aide", _("Kind of help"), ("financement",), tuple(HelpKind.choices)),
    Facet("projet", _("Project"), ("financement",), tuple(ProjectType.choices)),
    FUNDER,
    Facet("statut", pgettext_lazy("funding scheme", "Status"), ("financement",), tuple(SchemeStatus.choices)),
)


def register_search():
    register_type("financement", _("Funding scheme"), facets=("commune", "epci"))
    register_facet(*FACETS)


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
