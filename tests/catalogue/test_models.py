import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from catalogue.enums import CertificationType, Region
from catalogue.models import TrainingPage, TrainingProvider, TrainingSession
from portail.models import Commune
from tests.catalogue.factories import TrainingPageFactory, TrainingProviderFactory, TrainingSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lorrain():
    return Commune.objects.get(insee_code="97214")


def errors_of(instance) -> dict:
    with pytest.raises(ValidationError) as error:
        instance.full_clean()
    return error.value.message_dict


# Where things are


def test_a_commune_and_a_place_elsewhere_cannot_both_be_given(lorrain):
    provider = TrainingProvider(
        name="Centre", slug="centre", commune=lorrain, place_name="Pointe-à-Pitre", region="guadeloupe"
    )
    assert list(errors_of(provider)) == ["place_name"]


@pytest.mark.parametrize("region", ["", Region.MARTINIQUE])
def test_a_place_outside_martinique_needs_its_region(region):
    provider = TrainingProvider(name="Centre", slug="centre", place_name="Pointe-à-Pitre", region=region)
    assert list(errors_of(provider)) == ["region"]


def test_a_place_outside_martinique_with_its_region_is_accepted():
    provider = TrainingProvider(
        name="Centre", slug="centre", place_name="Pointe-à-Pitre (Guadeloupe)", region=Region.GUADELOUPE
    )
    provider.full_clean()
    assert provider.place_label == "Pointe-à-Pitre (Guadeloupe)"


def test_choosing_a_commune_puts_the_place_in_martinique(lorrain):
    provider = TrainingProviderFactory(commune=lorrain, region=Region.GUADELOUPE)

    provider.refresh_from_db()
    assert provider.region == Region.MARTINIQUE
    assert provider.place_label == "Le Lorrain"


def test_a_region_alone_is_a_place():
    provider = TrainingProvider(name="Centre", slug="centre", region=Region.GUYANE)
    provider.full_clean()
    with translation.override("en"):
        assert provider.place_label == "French Guiana"


# Identifiers of providers


@pytest.mark.parametrize(
    ("field", "value"),
    [("siret", "44306184100047"), ("nda", "97970123456"), ("uai", "9720003A")],
)
def test_valid_provider_identifiers_are_accepted(field, value):
    TrainingProvider(name="Centre", slug="centre", **{field: value}).full_clean()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("siret", "44306184100048"),
        ("siret", "443061841"),
        ("nda", "9797012345"),
        ("nda", "97 97 0123456"),
        ("nda", "9797012345A"),
        ("uai", "9720003a"),
        ("uai", "972003A"),
        ("uai", "97200031"),
    ],
)
def test_invalid_provider_identifiers_are_refused(field, value):
    provider = TrainingProvider(name="Centre", slug="centre", **{field: value})
    assert list(errors_of(provider)) == [field]


# Programmes and sessions


@pytest.mark.parametrize("code", ["RNCP35340", "RS5487", "RNCP1"])
def test_valid_certification_codes(code):
    TrainingPage._meta.get_field("certification_code").run_validators(code)


@pytest.mark.parametrize("code", ["RNCP 35340", "rncp35340", "35340", "RNCP", "RNCP1234567", "RT5487"])
def test_invalid_certification_codes(code):
    with pytest.raises(ValidationError):
        TrainingPage._meta.get_field("certification_code").run_validators(code)


@pytest.mark.parametrize(("field", "value"), [("formacodes", "31054, 31094"), ("nsf_codes", "326")])
def test_valid_code_lists(field, value):
    TrainingPage._meta.get_field(field).run_validators(value)


@pytest.mark.parametrize("value", ["31054;31094", "31054,", "12", "abc"])
def test_invalid_code_lists(value):
    with pytest.raises(ValidationError):
        TrainingPage._meta.get_field("formacodes").run_validators(value)


@pytest.fixture
def programme(catalogue):
    return TrainingPageFactory(parent=catalogue, title="BTS SIO", slug="bts-sio")


def test_a_certification_code_contradicts_no_certification(programme):
    programme.certification_code = "RNCP35340"
    programme.certification_type = CertificationType.NONE

    assert list(errors_of(programme)) == ["certification_type"]


def test_a_certification_code_with_its_certification_is_accepted(programme):
    programme.certification_code = "RNCP35340"
    programme.certification_type = CertificationType.DIPLOMA
    programme.full_clean()


def test_programmes_and_sessions_in_a_commune_are_in_martinique(programme, lorrain):
    programme.commune = lorrain
    programme.save()
    session = TrainingSessionFactory(page=programme, commune=lorrain)

    programme.refresh_from_db()
    session.refresh_from_db()
    assert programme.region == session.region == Region.MARTINIQUE


def test_a_session_cannot_end_before_it_starts(programme):
    session = TrainingSession(
        page=programme, start_date=datetime.date(2027, 3, 10), end_date=datetime.date(2027, 3, 9)
    )
    assert list(errors_of(session)) == ["end_date"]


@pytest.mark.parametrize("end_date", [None, datetime.date(2027, 3, 10), datetime.date(2027, 6, 30)])
def test_a_session_may_last_one_day_or_have_no_end_date(programme, end_date):
    TrainingSession(page=programme, start_date=datetime.date(2027, 3, 10), end_date=end_date).full_clean()


def test_a_session_is_past_once_its_last_day_is_over(programme):
    session = TrainingSession(
        page=programme, start_date=datetime.date(2027, 3, 1), end_date=datetime.date(2027, 3, 10)
    )
    assert not session.is_past_on(datetime.date(2027, 3, 10))
    assert session.is_past_on(datetime.date(2027, 3, 11))
    one_day = TrainingSession(page=programme, start_date=datetime.date(2027, 3, 1))
    assert not one_day.is_past_on(datetime.date(2027, 3, 1))
    assert one_day.is_past_on(datetime.date(2027, 3, 2))


@pytest.mark.parametrize(
    ("commune", "insee_code", "place_name", "region"),
    [
        ("97214", "97214", "", ""),
        (None, "97209", "Fort-de-France", "france"),
        (None, "9712", "Basse-Terre", "guadeloupe"),
    ],
)
def test_an_insee_code_is_for_a_place_outside_martinique(commune, insee_code, place_name, region):
    provider = TrainingProviderFactory.build(
        commune=Commune.objects.get(insee_code=commune) if commune else None,
        insee_code=insee_code,
        place_name=place_name,
        region=region,
    )
    with pytest.raises(ValidationError) as error:
        provider.full_clean(exclude=["slug", "name"])
    assert "insee_code" in error.value.message_dict


def test_a_place_outside_martinique_with_its_insee_code_is_valid():
    provider = TrainingProviderFactory.build(
        place_name="Pointe-à-Pitre", insee_code="97120", region=Region.GUADELOUPE
    )
    provider.full_clean(exclude=["slug", "name"])
