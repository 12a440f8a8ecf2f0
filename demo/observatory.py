"""A year of synthetic guichet activity for the observatory's demo and measurements
(demo/data/observatory.yaml), and the snapshots of the ended quarters.

Everything is marked synthetic: references SYN-…, submission keys `synthetic-…`, companies
« Entreprise synthétique … », contact « Données synthétiques », no e-mail, no phone. Deterministic
(a seeded random generator); `remove_synthetic()` deletes it all.
"""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from demo.text import read
from guichet.enums import ContactChannel, Outcome, RequestKind, Status
from guichet.models import AccompanimentRequest, CheckIn, Diagnosis, Partner
from guichet.services import CONTACT_WITHIN_WORKING_DAYS, workdays
from observatoire import periods, services
from observatoire.models import Snapshot
from portail.models import Commune

KEY_PREFIX = "synthetic-"
SETTINGS = read("observatory")


def demo_load() -> bool:
    """The synthetic year, then the ended quarters and year frozen (the latest with a commentary)."""
    if AccompanimentRequest.objects.filter(submission_key__startswith=KEY_PREFIX).exists():
        return False
    today = timezone.localdate()
    make_synthetic(today)
    quarter, frozen = periods.quarter_of(today), []
    for _number in range(4):
        quarter = periods.previous_quarter(quarter)
        frozen.append(services.freeze(quarter, today))
    services.freeze(periods.year(today.year - 1), today)
    commentary = SETTINGS["snapshot_commentary"]
    Snapshot.objects.filter(pk=frozen[0].pk).update(
        commentary=commentary.fr, commentary_en=commentary.en, commentary_es=commentary.es
    )
    return True


def remove_synthetic() -> int:
    Diagnosis.objects.filter(answers__synthetic=True).delete()
    deleted, _detail = AccompanimentRequest.objects.filter(submission_key__startswith=KEY_PREFIX).delete()
    return deleted


@transaction.atomic
def make_synthetic(today: datetime.date, *, count: int | None = None, seed: int = 2026) -> int:
    """`count` requests (the data file's yearly number by default) spread over the year before `today`,
    handled, closed and followed up as a real year would be; and the year's self-diagnoses."""
    rng = random.Random(seed)
    count = count or SETTINGS["requests_per_year"]
    communes = list(Commune.objects.select_related("epci"))
    partners = {partner.slug: partner for partner in Partner.objects.all()}
    now = timezone.now()
    requests, dates = [], []
    for number in range(count):
        created = now - datetime.timedelta(days=rng.uniform(0, 365))
        requests.append(_request(rng, number, created, today, communes, partners))
        dates.append(created)
    AccompanimentRequest.objects.bulk_create(requests, batch_size=500)
    for request, created in zip(requests, dates, strict=True):
        request.created_at = created  # auto_now_add set it to now
    AccompanimentRequest.objects.bulk_update(requests, ["created_at"], batch_size=500)
    CheckIn.objects.bulk_create(
        [check_in for request in requests if (check_in := _check_in(rng, request, today))], batch_size=500
    )
    _diagnoses(rng, now)
    return count


def _weighted(rng, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _request(rng, number, created, today, communes, partners) -> AccompanimentRequest:
    epci = _weighted(rng, SETTINGS["epci_weights"])
    commune = rng.choice([commune for commune in communes if commune.epci.code == epci] or communes)
    individual = rng.random() < SETTINGS["individuals_share"]
    sector = "" if individual else _weighted(rng, SETTINGS["sector_weights"])
    if individual:
        partner = partners["ctm"]
    elif sector in SETTINGS["chambers"] and rng.random() < SETTINGS["chamber_share"]:
        partner = partners[SETTINGS["chambers"][sector]]
    else:
        partner = partners.get(epci, partners["ctm"])
    needs = sorted({_weighted(rng, SETTINGS["need_weights"]) for _n in range(rng.randint(1, 3))})
    request = AccompanimentRequest(
        reference=f"SYN-{number:06d}",
        submission_key=f"{KEY_PREFIX}{number:06d}",
        kind=RequestKind.PERSON if individual else RequestKind.COMPANY,
        company_name="" if individual else f"Entreprise synthétique {number:04d}",
        sector=sector,
        commune=commune,
        needs=[] if individual else needs,
        description="Demande synthétique (démonstration de l'observatoire).",
        contact_name="Données synthétiques",
        preferred_channel=ContactChannel.PHONE,
        consent_text="Données synthétiques.",
        partner=partner,
        routed_at=created,
        contact_by=workdays.add_working_days(timezone.localdate(created), CONTACT_WITHIN_WORKING_DAYS),
    )
    _handle(rng, request, today)
    return request


def _handle(rng, request, today) -> None:
    """Taken in charge after some working days, then closed with an outcome some weeks later."""
    delays = SETTINGS["take_delays"].get(request.partner.slug, SETTINGS["take_delays"]["default"])
    days = rng.choices(range(len(delays)), weights=delays)[0]
    taken_on = workdays.add_working_days(timezone.localdate(request.routed_at), days)
    if taken_on > today:
        return  # still waiting
    request.taken_at = request.routed_at + datetime.timedelta(
        days=(taken_on - timezone.localdate(request.routed_at)).days, hours=rng.uniform(0, 3)
    )
    request.status = Status.IN_PROGRESS
    closed = request.taken_at + datetime.timedelta(days=rng.uniform(5, 60))
    if closed.date() >= today:
        return
    request.closed_at = closed
    if rng.random() < SETTINGS["withdrawn_share"]:
        request.status = Status.WITHDRAWN
        return
    request.status = Status.CLOSED
    request.outcome = _weighted(rng, SETTINGS["outcome_weights"])


def _check_in(rng, request, today) -> CheckIn | None:
    """The 3-month check-in of a request closed with an accompaniment, answered or not."""
    if request.outcome != Outcome.ACCOMPANIED:
        return None
    due = timezone.localdate(request.closed_at) + datetime.timedelta(days=91)
    if due >= today:
        return None
    sent = timezone.make_aware(datetime.datetime.combine(due, datetime.time(9)))
    check_in = CheckIn(request=request, months=3, due_on=due, sent_at=sent)
    if rng.random() < SETTINGS["check_in_answer_share"]:
        check_in.answered_at = sent + datetime.timedelta(days=rng.uniform(0, 10))
        check_in.applied = rng.random() < 0.7
        check_in.obtained = check_in.applied and rng.random() < 0.6
        check_in.delivered = check_in.obtained and rng.random() < 0.8
        check_in.rating = rng.choices([2, 3, 4, 5], weights=[1, 2, 5, 4])[0]
    return check_in


def _diagnoses(rng, now) -> None:
    diagnoses = [
        Diagnosis(
            answers={"synthetic": True},
            levels={
                key: rng.choices([1, 2, 3, 4], weights=[3, 4, 3, 1])[0] for key in SETTINGS["dimensions"]
            },
        )
        for _n in range(SETTINGS["diagnoses_per_year"])
    ]
    Diagnosis.objects.bulk_create(diagnoses)
    for diagnosis in diagnoses:
        diagnosis.created_at = now - datetime.timedelta(days=rng.uniform(0, 365))
    Diagnosis.objects.bulk_update(diagnoses, ["created_at"])
