"""Which providers a published need reaches: its category, labelled first, at most the cap, once."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from besoins import selectors, services
from tests.besoins.factories import NeedFactory, give_label, provider_in

pytestmark = pytest.mark.django_db


def names(providers):
    return [provider.name for provider in providers]


def test_only_the_need_s_category_labelled_first_then_by_name():
    provider_in("developpement", name="Zouk Web")
    provider_in("developpement", name="Alizé Dev")
    provider_in("developpement", name="Mango Labs", labelled=True)
    provider_in("hebergement", name="Nuage Caraïbe", labelled=True)
    need = NeedFactory(category="developpement", status="published")

    assert names(selectors.matching_providers(need, cap=10)) == ["Mango Labs", "Alizé Dev", "Zouk Web"]


def test_an_expired_label_counts_as_no_label():
    provider_in("conseil", name="Bwa Conseil")
    old = provider_in("conseil", name="Zòt Conseil")
    give_label(old, valid_until=timezone.localdate() - datetime.timedelta(days=1))
    need = NeedFactory(category="conseil", status="published")

    assert names(selectors.matching_providers(need, cap=10)) == ["Bwa Conseil", "Zòt Conseil"]


@pytest.mark.parametrize(
    ("cap", "expected"),
    [
        (1, ["Mango Labs"]),
        (2, ["Mango Labs", "Ti Kaz Labs"]),
        (3, ["Mango Labs", "Ti Kaz Labs", "Alizé Dev"]),
    ],
)
def test_the_cap_keeps_labelled_providers_first(cap, expected):
    provider_in("developpement", name="Alizé Dev")
    provider_in("developpement", name="Ti Kaz Labs", labelled=True)
    provider_in("developpement", name="Mango Labs", labelled=True)
    need = NeedFactory(category="developpement", status="published")

    assert names(selectors.matching_providers(need, cap=cap)) == expected


def test_publication_e_mails_the_matching_providers_once_within_the_cap(moderator, settings):
    settings.BUYER_NEED_NOTIFY_CAP = 2
    labelled = provider_in("formation", name="Lakou Formation", labelled=True)
    first = provider_in("formation", name="A Formation")
    provider_in("formation", name="B Formation")
    provider_in("materiel", name="Répar'PC", labelled=True)
    need = NeedFactory(category="formation", title="Former les agents à la bureautique")
    mail.outbox.clear()

    services.transition(need, "publish", by="moderator", user=moderator)

    told = sorted(
        email.to[0]
        for email in mail.outbox
        if "Former les agents" in email.subject and email.to[0] != need.email
    )
    assert told == sorted([labelled.user.email, first.user.email])
    assert need.notifications.count() == 2
    assert services.notify_providers(need, cap=2) == 1  # the third, never the first two again
    assert services.notify_providers(need, cap=2) == 0
