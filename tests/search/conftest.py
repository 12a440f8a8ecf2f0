import pytest

from catalogue.enums import CertificationType, Domain, Modality, Rhythm
from search.engines.es_client import connection
from search.query import SearchQuery
from tests.catalogue.conftest import catalogue, commune, days_from_today, programmes  # noqa: F401
from tests.catalogue.factories import TrainingPageFactory, TrainingSessionFactory
from tests.financements.conftest import guide, schemes  # noqa: F401


@pytest.fixture(autouse=True)
def fresh_elasticsearch_connections():
    """No client or breaker state carried from a test to the next (a local port may be reused)."""
    yield
    connection.cache_clear()


@pytest.fixture
def corpus(programmes, schemes, catalogue, site_tree):  # noqa: F811
    """The catalogue's five programmes, the guide's schemes, and two French-only programmes."""
    cyber = TrainingPageFactory(
        parent=catalogue,
        title="Technicien en cybersécurité",
        slug="technicien-cybersecurite",
        summary="Protéger les réseaux et les données des entreprises de Martinique.",
        exit_level=5,
        domain=Domain.IT_SERVICES,
        modality=Modality.ON_SITE,
        rhythms=[Rhythm.WORK_STUDY],
        certification_type=CertificationType.PROFESSIONAL_TITLE,
        commune=commune("97209"),  # Fort-de-France
    )
    TrainingSessionFactory(page=cyber, start_date=days_from_today(20))
    mobile = TrainingPageFactory(
        parent=catalogue,
        title="Développeurs d'applications mobiles",
        slug="developpeurs-mobiles",
        summary="Concevoir l'application d'une entreprise.",
        exit_level=6,
        domain=Domain.IT_SERVICES,
        modality=Modality.BLENDED,
        commune=commune("97230"),  # Le Vauclin
    )
    for page in (cyber, mobile):
        page.save_revision().publish()
    schemes["digital"].closes_on = days_from_today(15)
    schemes["digital"].permanent = False
    schemes["digital"].save_revision().publish()
    return {**programmes, **schemes, "cyber": cyber, "mobile": mobile, "page": site_tree.page}


def run(engine, **kwargs):
    kwargs.setdefault("page_size", 50)
    return engine.search(SearchQuery(**kwargs))


def titles(results) -> list[str]:
    return [hit.title for hit in results.hits]


def counts(results, facet: str) -> dict[str, int]:
    return {value.value: value.count for value in results.facets[facet]}
