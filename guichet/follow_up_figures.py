"""Reads of the follow-up after closure: a request's export, the dashboard's and open data's counts."""

from collections import Counter

from django.utils import timezone

from guichet.models import AccompanimentRequest, CheckIn


def export(request: AccompanimentRequest) -> dict:
    return {
        "planned": [{"kind": item.kind, "title": item.title} for item in request.planned.all()],
        "check_ins": [
            {
                "months": item.months,
                "due_on": item.due_on,
                "sent_at": item.sent_at,
                "answered_at": item.answered_at,
                "applied": item.applied,
                "obtained": item.obtained,
                "delivered": item.delivered,
                "rating": item.rating,
                "comment": item.comment,
            }
            for item in request.check_ins.all()
        ],
    }


ANSWERS = ("applied", "obtained", "delivered")


def statistics(requests) -> dict:
    """Check-ins sent and answered, and how many said they applied, obtained, were delivered."""
    check_ins = CheckIn.objects.filter(request__in=requests, sent_at__isnull=False)
    answered = check_ins.filter(answered_at__isnull=False)
    figures = {"sent": check_ins.count(), "answered": answered.count()}
    for name in ANSWERS:
        figures[name] = answered.filter(**{name: True}).count()
    ratings = list(answered.filter(rating__isnull=False).values_list("rating", flat=True))
    figures["average_rating"] = round(sum(ratings) / len(ratings), 1) if ratings else None
    return figures


OPEN_DATA_NAMES = {
    "answered": "reponses",
    "applied": "demarche_faite",
    "obtained": "obtenu",
    "delivered": "realise",
}


def open_data_rows(requests, small: int) -> list[dict]:
    """Answers by year and round (3 or 6 months): counts under `small` hidden ("<5")."""
    counts = Counter()
    rows = CheckIn.objects.filter(request__in=requests, answered_at__isnull=False).values_list(
        "answered_at", "months", *ANSWERS
    )
    for answered_at, months, *answers in rows:
        key = (timezone.localtime(answered_at).year, months)
        counts[(*key, "answered")] += 1
        for name, value in zip(ANSWERS, answers, strict=True):
            counts[(*key, name)] += bool(value)
    keys = sorted({(year, months) for year, months, _name in counts})
    return [
        {"annee": year, "mois_apres_cloture": months}
        | {
            label: count if (count := counts[(year, months, name)]) >= small else f"<{small}"
            for name, label in OPEN_DATA_NAMES.items()
        }
        for year, months in keys
    ]
