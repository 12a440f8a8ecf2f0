import datetime

import pytest

from financements.enums import SchemeStatus
from financements.models import scheme_status

D = datetime.date
TODAY = D(2026, 11, 22)


@pytest.mark.parametrize(
    "opens_on, closes_on, permanent, expected",
    [
        (None, None, True, SchemeStatus.PERMANENT),
        (None, None, False, SchemeStatus.UNDATED),  # no dates is not "open all year"
        (D(2026, 1, 1), None, False, SchemeStatus.OPEN),
        (D(2026, 1, 1), None, True, SchemeStatus.PERMANENT),
        (D(2026, 12, 1), D(2027, 3, 1), False, SchemeStatus.UPCOMING),
        (D(2026, 1, 1), D(2027, 3, 1), False, SchemeStatus.OPEN),
        (D(2026, 1, 1), D(2026, 12, 22), False, SchemeStatus.CLOSING_SOON),  # 30 days left
        (D(2026, 1, 1), D(2026, 12, 23), False, SchemeStatus.OPEN),  # 31 days left
        (None, TODAY, False, SchemeStatus.CLOSING_SOON),  # closes tonight
        (None, D(2026, 11, 21), False, SchemeStatus.CLOSED),
        (D(2025, 1, 1), D(2025, 6, 30), True, SchemeStatus.CLOSED),  # a deadline beats "permanent"
    ],
)
def test_status_from_dates(opens_on, closes_on, permanent, expected):
    assert scheme_status(opens_on=opens_on, closes_on=closes_on, permanent=permanent, today=TODAY) == expected
