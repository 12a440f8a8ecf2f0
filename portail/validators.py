"""Validators shared by the apps: French company identifiers."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LA_POSTE_SIREN = "356000000"
LA_POSTE_HEAD_OFFICE = "35600000000048"  # follows the Luhn rule like any other SIRET


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def siret_valid(value: str) -> bool:
    """14 digits passing the Luhn check; La Poste's offices (not its head office): digit sum multiple of 5."""
    if len(value) != 14 or not value.isdigit():
        return False
    if value.startswith(LA_POSTE_SIREN) and value != LA_POSTE_HEAD_OFFICE:
        return sum(int(char) for char in value) % 5 == 0
    return luhn_valid(value)


def validate_siret(value: str) -> None:
    if not siret_valid(value):
        raise ValidationError(
            _("A SIRET number has 14 digits and passes a check; please check the number you typed."),
            code="invalid_siret",
        )
