"""French phone numbers, Martinique first: what people type, cleaned to one written form.

Accepted: 10 digits starting with 0 (0696 12 34 56, 06 12 34 56 78), or the international form of
France and its overseas departments (+596 696 12 34 56, 00596…, +33 6…), with spaces, dots, dashes
or brackets. Short numbers (3949) are for organisations, not for people to be called back on.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# International code → the national prefixes it covers (overseas numbers keep their 0 prefix).
COUNTRY_CODES = {
    "596": ("0596", "0696", "0697"),  # Martinique
    "590": ("0590", "0690", "0691"),  # Guadeloupe, Saint-Martin, Saint-Barthélemy
    "594": ("0594", "0694"),  # French Guiana
    "262": ("0262", "0263", "0692", "0693", "0269", "0639"),  # La Réunion, Mayotte
}
OVERSEAS_MOBILE = ("0696", "0697", "0690", "0691", "0694", "0692", "0693", "0639")
INVALID = _(
    "Enter a French phone number of 10 digits, for example 0696 12 34 56 or 0596 12 34 56 "
    "(or +596 696 12 34 56)."
)


@dataclass(frozen=True)
class Phone:
    national: str  # 10 digits, starting with 0

    @property
    def display(self) -> str:
        """0696 12 34 56 in the overseas departments' grouping, 06 12 34 56 78 otherwise."""
        digits = self.national
        if digits.startswith(sum(COUNTRY_CODES.values(), ())):
            return f"{digits[:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}"
        return " ".join(digits[index : index + 2] for index in range(0, 10, 2))

    @property
    def international(self) -> str:
        """E.164, as an SMS gateway takes it: +596696123456, +33612345678."""
        for code, prefixes in COUNTRY_CODES.items():
            if self.national.startswith(prefixes):
                return f"+{code}{self.national[1:]}"
        return f"+33{self.national[1:]}"

    @property
    def is_mobile(self) -> bool:
        if self.national.startswith(OVERSEAS_MOBILE):
            return True
        return self.national.startswith(("06", "07")) and not self.national.startswith(
            sum(COUNTRY_CODES.values(), ())
        )


def parse_phone(text: str) -> Phone:
    """The number typed, or ValidationError with an example of what is expected."""
    compact = re.sub(r"[\s.\-/()]", "", text or "")
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        digits = compact[1:]
        if not digits.isdigit():
            raise ValidationError(INVALID, code="invalid")
        national = _national(digits)
    else:
        national = compact
    if not re.fullmatch(r"0[1-9]\d{8}", national or ""):
        raise ValidationError(INVALID, code="invalid")
    return Phone(national)


def _national(digits: str) -> str | None:
    """+596 696… and +33 6…: the national number, or None when it is not a French one."""
    for code, prefixes in COUNTRY_CODES.items():
        if digits.startswith(code) and ("0" + digits[len(code) :]).startswith(prefixes):
            return "0" + digits[len(code) :]
    if digits.startswith("33"):
        rest = digits[2:]
        return "0" + (rest[1:] if rest.startswith("0") else rest)  # +33 (0)6…
    return None
