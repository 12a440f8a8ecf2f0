import pytest

from django.core.exceptions import ValidationError

from portail.validators import siret_valid, validate_siret


@pytest.mark.parametrize(
    "siret",
    [
        "73282932000074",  # passes the Luhn check
        "44306184100047",
        "35600000000010",  # a La Poste office: fails Luhn, but its digits add up to 15
        "35600000000001",  # a La Poste office: digits add up to 15
        "35600000000048",  # La Poste's head office: digits add up to 26, but it passes Luhn
    ],
)
def test_valid_siret_numbers_are_accepted(siret):
    assert siret_valid(siret)
    validate_siret(siret)


@pytest.mark.parametrize(
    "siret",
    [
        "73282932000075",  # last digit mistyped: Luhn fails
        "73282932000047",  # two digits swapped
        "35600000000014",  # La Poste: passes Luhn, but its digits add up to 19
        "35600000000049",  # La Poste: digits add up to 27 and Luhn fails
        "7328293200007",  # 13 digits
        "732829320000740",  # 15 digits
        "7328293200007A",
        "732 829 320 00074",
        "",
    ],
)
def test_invalid_siret_numbers_are_refused_with_a_message(siret):
    assert not siret_valid(siret)
    with pytest.raises(ValidationError) as error:
        validate_siret(siret)
    assert error.value.code == "invalid_siret"
