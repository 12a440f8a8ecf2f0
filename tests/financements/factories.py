import factory
from factory.django import DjangoModelFactory

import wagtail_factories
from wagtail.models import Locale

from financements.models import Funder, FundingGuidePage, FundingSchemePage


class FunderFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Financeur {n}")
    kind = "ctm"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Funder


class FundingGuidePageFactory(wagtail_factories.PageFactory):
    title = "Financements"
    slug = "financements"
    intro = "Les aides pour votre projet numérique ou votre formation."

    class Meta:
        model = FundingGuidePage


class FundingSchemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dispositif {n}")
    summary = "Une aide pour les entreprises de Martinique."
    help_kinds = factory.LazyFunction(lambda: ["subvention"])
    beneficiaries = factory.LazyFunction(lambda: ["tpe", "pme"])
    eligibility = "<p>Entreprises installées en Martinique.</p>"
    how_to_apply = "<ol><li>Déposez votre demande.</li></ol>"
    permanent = True

    class Meta:
        model = FundingSchemePage
