"""Amounts in euros are grouped as the visitor's language writes numbers, wherever they are shown."""

from decimal import Decimal

import pytest

from django.utils import translation

from portail.templatetags.portail_tags import euros
from tests.catalogue.factories import CatalogueIndexPageFactory, TrainingPageFactory
from tests.financements.factories import FundingGuidePageFactory, FundingSchemePageFactory

NBSP = "\xa0"


@pytest.mark.parametrize(
    "language, amount, expected",
    [
        ("fr", 1000, f"1{NBSP}000{NBSP}€"),
        ("fr", 250000, f"250{NBSP}000{NBSP}€"),
        ("fr", Decimal("1234.50"), f"1{NBSP}234,50{NBSP}€"),
        ("fr", Decimal("1500.00"), f"1{NBSP}500{NBSP}€"),  # no cents when there are none
        ("en", 1000, f"1,000{NBSP}€"),
        ("en", Decimal("1234.50"), f"1,234.50{NBSP}€"),
        ("es", 1000, f"1{NBSP}000{NBSP}€"),
        ("fr", 900, f"900{NBSP}€"),
        ("fr", None, ""),
    ],
)
def test_euros_groups_digits_as_the_language_does(language, amount, expected):
    with translation.override(language):
        assert euros(amount) == expected


@pytest.mark.django_db
def test_the_scheme_page_shows_grouped_amounts(client, site_tree):
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"])
    FundingSchemePageFactory(parent=guide, slug="aide", amount_min=1000, amount_max=25000)
    FundingSchemePageFactory(parent=guide, slug="plafond", amount_max=150000)

    both = client.get("/fr/financements/aide/").content.decode()
    ceiling = client.get("/fr/financements/plafond/").content.decode()

    assert f"De 1{NBSP}000{NBSP}€ à 25{NBSP}000{NBSP}€" in both
    assert f"Jusqu’à 150{NBSP}000{NBSP}€" in ceiling


@pytest.mark.django_db
def test_the_training_page_shows_a_grouped_cost(client, site_tree):
    catalogue = CatalogueIndexPageFactory(parent=site_tree.home["fr"])
    TrainingPageFactory(parent=catalogue, slug="bts", cost_eur=Decimal("4200.00"))

    assert f"4{NBSP}200{NBSP}€" in client.get("/fr/formations/bts/").content.decode()
