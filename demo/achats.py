"""Demo calls for tenders and barometer answers (demo/data/achats.yaml), imported like a feed."""

import datetime

from django.db import transaction
from django.utils import timezone

from achats.importer import import_calls
from achats.models import BarometerResponse, CallForTenders
from demo.text import read

DATA = read("achats")


def demo_load() -> bool:
    if CallForTenders.objects.exists():
        return False
    today = timezone.localdate()
    rows = [
        {
            **{key: value for key, value in item.items() if key != "deadline_in_days"},
            "deadline": (today + datetime.timedelta(days=item["deadline_in_days"])).isoformat(),
        }
        for item in DATA["calls"]
    ]
    with transaction.atomic():
        report = import_calls(rows)
        if report.errors:
            raise ValueError(f"demo/data/achats.yaml: {report.errors}")
        BarometerResponse.objects.bulk_create(
            BarometerResponse(
                year=today.year - 1, buyer_kind=kind, local_share=share, satisfaction=satisfaction
            )
            for kind, share, satisfaction, count in DATA["barometer"]
            for _n in range(count)
        )
    return True
