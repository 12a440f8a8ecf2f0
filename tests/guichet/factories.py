"""Test and demo data for the guichet: requests, routing rules, what a company types in the form.

The seven partners and the default rules are created by migration 0002: look them up by slug
(`Partner.objects.get(slug="cap-nord")`) rather than creating new ones.
"""

import uuid

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from guichet import routing, services, workdays
from guichet.enums import AgeBand, ContactChannel, Goal, PartnerKind, PersonStatus, RequestKind, Sector
from guichet.models import AccompanimentRequest, Partner, RequestEvent, RoutingRule
from portail.models import Commune

LE_LORRAIN = "97214"  # INSEE code; in CAP Nord Martinique


def commune(insee_code: str = LE_LORRAIN) -> Commune:
    return Commune.objects.select_related("epci").get(insee_code=insee_code)


class SubmissionFactory(factory.Factory):
    """What a company types in the form, as services.submit_request takes it (a dataclass)."""

    company_name = factory.Sequence(lambda n: f"Entreprise {n}")
    sector = Sector.RETAIL
    headcount = 3
    commune = factory.LazyFunction(commune)
    needs = factory.LazyFunction(lambda: ["site-web"])
    contact_name = "Léa Marie"
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    preferred_channel = ContactChannel.EMAIL
    siret = "73282932000074"
    description = "Vendre nos confitures en ligne."
    language = "fr"

    class Meta:
        model = services.Submission


def submit(submission=None, *, key=None, filed_by=None, **fields) -> AccompanimentRequest:
    """Store a request as the form does (routed by the rules); e-mails go out on commit."""
    submission = submission or SubmissionFactory(**fields)
    request, _created = services.submit_request(
        submission,
        submission_key=key or uuid.uuid4().hex,
        consent_text="J'accepte.",
        filed_by=filed_by,
    )
    return request


class AccompanimentRequestFactory(DjangoModelFactory):
    """A request stored directly, without routing rules: pass `partner` (CAP Nord by default)."""

    submission_key = factory.Sequence(lambda n: f"factory-key-{n}")
    reference = factory.Sequence(lambda n: f"GU-TEST-{n:06d}")
    consent_text = "J'accepte."
    siret = "73282932000074"
    company_name = factory.Sequence(lambda n: f"Entreprise {n}")
    sector = Sector.RETAIL
    headcount = 3
    commune = factory.LazyFunction(commune)
    needs = factory.LazyFunction(lambda: ["site-web"])
    description = "Un site pour vendre en ligne."
    contact_name = "Léa Marie"
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    phone = "0596 00 00 00"
    preferred_channel = ContactChannel.EMAIL
    language = "fr"
    partner = factory.LazyFunction(lambda: Partner.objects.get(slug="cap-nord"))
    routing_reasons = factory.LazyAttribute(
        lambda request: [["commune_epci", request.commune.name, request.commune.epci.name]]
    )
    routed_at = factory.LazyFunction(timezone.now)
    contact_by = factory.LazyAttribute(
        lambda request: workdays.add_working_days(
            timezone.localdate(request.routed_at), services.CONTACT_WITHIN_WORKING_DAYS
        )
    )

    class Meta:
        model = AccompanimentRequest


class RequestEventFactory(DjangoModelFactory):
    request = factory.SubFactory(AccompanimentRequestFactory)
    kind = "note"
    message = "Une note."

    class Meta:
        model = RequestEvent


class RoutingRuleFactory(DjangoModelFactory):
    """A rule to a fixed partner (the CCI by default). Set `epcis`/`communes` with lists."""

    position = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Règle {n}")
    partner = factory.LazyFunction(lambda: Partner.objects.get(slug="cci-martinique"))

    class Meta:
        model = RoutingRule
        skip_postgeneration_save = True

    @factory.post_generation
    def epcis(self, create, extracted, **kwargs):
        if create and extracted:
            self.epcis.set(extracted)
            self.save()  # parental relations are written when the rule is saved

    @factory.post_generation
    def communes(self, create, extracted, **kwargs):
        if create and extracted:
            self.communes.set(extracted)
            self.save()


def case(insee_code: str = LE_LORRAIN, sector: str = Sector.RETAIL, headcount: int = 3, needs=()):
    """A routing case, as guichet.routing.route takes it."""
    return routing.Case(commune(insee_code), sector, headcount, list(needs))


# Individuals


class PersonSubmissionFactory(factory.Factory):
    """What an individual types: a retired person in Le Lorrain, phone only, learning digital basics."""

    contact_name = "Rosette"
    commune = factory.LazyFunction(commune)
    person_status = PersonStatus.RETIRED
    age_band = AgeBand.FROM_60
    goals = factory.LazyFunction(lambda: [Goal.DIGITAL_BASICS])
    level = "aucun"
    phone = "0696 12 34 56"
    email = ""
    preferred_channel = ContactChannel.PHONE
    language = "fr"

    class Meta:
        model = services.PersonSubmission


def submit_person(submission=None, *, key=None, filed_by=None, **fields) -> AccompanimentRequest:
    """Store an individual's request as the form does (routed by the rules)."""
    submission = submission or PersonSubmissionFactory(**fields)
    request, _created = services.submit_request(
        submission, submission_key=key or uuid.uuid4().hex, consent_text="J'accepte.", filed_by=filed_by
    )
    return request


def person_case(insee_code=LE_LORRAIN, status=PersonStatus.RETIRED, goals=(Goal.TRAIN,), age=AgeBand.FROM_60):
    return routing.Case(
        commune(insee_code), kind=RequestKind.PERSON, person_status=status, goals=list(goals), age_band=age
    )


def mediation_partner(place, slug: str) -> Partner:
    """A mediation place (EPN, France Services) as a partner of the guichet."""
    return Partner.objects.create(
        slug=slug,
        name=place.title,
        kind=PartnerKind.MEDIATION,
        place=place,
        contact_email=f"{slug}@example.org",
    )


# The label « produit local numérique »
