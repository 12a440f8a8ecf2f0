import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale

from catalogue.enums import CertificationType, Domain, Modality, Region, Rhythm
from portail.models import Commune
from search.indexing import rebuild
from tests.catalogue.factories import (
    CatalogueIndexPageFactory,
    TrainingPageFactory,
    TrainingProviderFactory,
    TrainingSessionFactory,
)
from tests.utils import translate


def days_from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def commune(insee_code: str) -> Commune:
    return Commune.objects.get(insee_code=insee_code)


@pytest.fixture
def catalogue(site_tree):
    """The catalogue under the French home, translated: /fr/formations/, /en/courses/, /es/cursos/."""
    index = CatalogueIndexPageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    index.save_revision().publish()
    translate(index, "en", title="Training catalogue", slug="courses")
    translate(index, "es", title="Catálogo de formaciones", slug="cursos")
    return index


@pytest.fixture
def programmes(catalogue):
    """Five programmes that differ on one point for each filter; "bts" is translated into English.

    By next session: guadeloupe (in 10 days), bts (30), distance (60), apprenti (90), ancienne (none).
    By title: Administrateur…, BTS…, Bureautique…, Développeur…, Médiateur….
    """
    school = TrainingProviderFactory(name="Lycée Nord Atlantique", slug="lycee-nord-atlantique")
    city_provider = TrainingProviderFactory(
        name="Web Académie",
        slug="web-academie",
        commune=commune("97209"),  # Fort-de-France, CACEM
    )
    network_school = TrainingProviderFactory(name="Réseaux Caraïbes", slug="reseaux-caraibes")
    bts = TrainingPageFactory(
        parent=catalogue,
        title="BTS Services informatiques aux organisations",
        slug="bts-sio",
        provider=school,
        exit_level=5,
        domain=Domain.IT_SERVICES,
        modality=Modality.ON_SITE,
        rhythms=[Rhythm.FULL_TIME],
        certification_type=CertificationType.DIPLOMA,
        certification_name="BTS",
        certification_code="RNCP35340",
        commune=commune("97214"),  # Le Lorrain, CAP Nord
        duration_hours=1350,
    )
    TrainingSessionFactory(page=bts, start_date=days_from_today(-400), end_date=days_from_today(-40))
    TrainingSessionFactory(page=bts, start_date=days_from_today(30), end_date=days_from_today(400))
    apprenti = TrainingPageFactory(
        parent=catalogue,
        title="Développeur web en apprentissage",
        slug="developpeur-web",
        provider=city_provider,
        exit_level=6,
        domain=Domain.MULTIMEDIA,
        modality=Modality.ON_SITE,
        rhythms=[Rhythm.APPRENTICESHIP],
        certification_type=CertificationType.PROFESSIONAL_TITLE,
    )
    TrainingSessionFactory(page=apprenti, start_date=days_from_today(90))
    guadeloupe = TrainingPageFactory(
        parent=catalogue,
        title="Administrateur réseaux",
        slug="administrateur-reseaux",
        provider=network_school,
        exit_level=4,
        domain=Domain.STRATEGIC_SECTORS,
        modality=Modality.BLENDED,
        rhythms=[Rhythm.PART_TIME],
        certification_type=CertificationType.CQP,
        place_name="Pointe-à-Pitre (Guadeloupe)",
        region=Region.GUADELOUPE,
    )
    TrainingSessionFactory(page=guadeloupe, start_date=days_from_today(10))
    distance = TrainingPageFactory(
        parent=catalogue,
        title="Médiateur numérique à distance",
        slug="mediateur-numerique",
        provider=network_school,
        domain=Domain.MEDIATION,
        modality=Modality.DISTANCE,
        rhythms=[Rhythm.EVENING],
        certification_type=CertificationType.CERTIFICATE,
    )
    TrainingSessionFactory(
        page=distance,
        start_date=days_from_today(60),
        place_name="Basse-Terre (Guadeloupe)",
        region=Region.GUADELOUPE,
    )
    ancienne = TrainingPageFactory(
        parent=catalogue,
        title="Bureautique pour débuter",
        slug="bureautique",
        provider=school,
        exit_level=3,
        domain=Domain.OTHER,
        certification_type=CertificationType.NONE,
        commune=commune("97221"),  # Rivière-Salée, Espace Sud
    )
    TrainingSessionFactory(page=ancienne, start_date=days_from_today(-90), end_date=days_from_today(-60))
    found = {
        "bts": bts,
        "apprenti": apprenti,
        "guadeloupe": guadeloupe,
        "distance": distance,
        "ancienne": ancienne,
    }
    for page in found.values():
        page.save_revision().publish()
    found["bts_en"] = translate(bts, "en", title="BTS IT services for organisations", slug="bts-it-services")
    rebuild("database")  # what the django-q2 job does once these pages are committed
    return found
