import datetime

import pytest

from wagtail.models import Locale

from portail.models import EPCI, Commune
from search.indexing import rebuild
from tests.financements.factories import FunderFactory, FundingGuidePageFactory, FundingSchemePageFactory
from tests.utils import translate

TODAY = datetime.date(2026, 11, 22)


@pytest.fixture
def guide(site_tree):
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    translate(guide, "en", title="Funding", slug="funding")
    translate(guide, "es", title="Financiación", slug="financiacion")
    return guide


@pytest.fixture
def schemes(guide):
    """Four schemes that differ on one point each."""
    ctm = FunderFactory(name="Collectivité Territoriale de Martinique", kind="ctm")
    bpi = FunderFactory(name="Bpifrance", kind="bpifrance")
    digital = FundingSchemePageFactory(
        parent=guide,
        title="Mofwazaj Dijital",
        slug="mofwazaj-dijital",
        beneficiaries=["tpe", "pme"],
        project_types=["site-web", "e-commerce"],
        help_kinds=["subvention"],
        headcount_max=49,
    )
    digital.funders.add(ctm)
    digital.save_revision().publish()
    loan = FundingSchemePageFactory(
        parent=guide, title="Prêt numérique", slug="pret", help_kinds=["pret"], sectors=["industrie"]
    )
    loan.funders.add(bpi)
    loan.save_revision().publish()
    north = FundingSchemePageFactory(parent=guide, title="Aide du Nord", slug="aide-nord")
    north.epcis.add(EPCI.objects.get(code="cap-nord"))
    north.save_revision().publish()
    old_call = FundingSchemePageFactory(
        parent=guide,
        title="Appel Low Tech",
        slug="low-tech",
        permanent=False,
        opens_on=datetime.date(2025, 1, 1),
        closes_on=datetime.date(2025, 6, 30),
    )
    translate(digital, "en", title="Mofwazaj Dijital (digital grant)", slug="mofwazaj-dijital")
    rebuild("database")  # the guide lists what the search finds
    return {"digital": digital, "loan": loan, "north": north, "old_call": old_call, "ctm": ctm}


@pytest.fixture
def lorrain():
    return Commune.objects.get(insee_code="97214")
