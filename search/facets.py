"""The facets, declared once for both engines, the search page and the API.

A facet has a stable key and stable values (the API contract); labels are translated. Facets with
`choices` know their values; the others (communes, EPCI, funding schemes, funders, services,
categories) take their values and labels from the documents.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from catalogue.enums import CertificationType, Domain, Modality, Rhythm
from financements.enums import Beneficiary, HelpKind, ProjectType, SchemeStatus
from lieux.enums import Audience, Fee


@dataclass(frozen=True)
class Facet:
    key: str
    label: Promise
    types: tuple[str, ...]
    choices: tuple[tuple[str, Promise], ...] = ()
    pattern: str = r"^[a-z0-9][a-z0-9-]{0,59}$"  # what a value looks like, for facets without choices

    def label_of(self, value: str, stored: str = "") -> str:
        return str(dict(self.choices).get(value, stored or value))


PLACES = ("formation", "financement", "lieu", "evenement", "prestataire")
TYPE = Facet(
    "type",
    _("Type"),
    (),
    (
        ("formation", _("Training programme")),
        ("financement", _("Funding scheme")),
        ("lieu", _("Place")),
        ("evenement", _("Event")),
        ("prestataire", _("Digital service provider")),
        ("page", _("Page")),
    ),
)
FACETS = (
    TYPE,
    Facet(
        "niveau",
        _("Level reached"),
        ("formation",),
        (
            ("3", _("CAP, BEP (level 3)")),
            ("4", _("Bac (level 4)")),
            ("5", _("Bac+2 (level 5)")),
            ("6", _("Bac+3, Bac+4 (level 6)")),
            ("7", _("Bac+5 (level 7)")),
            ("8", _("Doctorate (level 8)")),
        ),
    ),
    Facet(
        "region",
        _("Where"),
        ("formation",),
        (
            ("martinique", "Martinique"),
            ("guadeloupe", "Guadeloupe"),
            ("guyane", _("French Guiana")),
            ("hexagone", _("Mainland France")),
            ("etranger", _("Abroad")),
            ("distance", _("Distance learning")),
        ),
    ),
    Facet("domaine", _("Domain"), ("formation",), tuple(Domain.choices)),
    Facet("modalite", _("Modality"), ("formation",), tuple(Modality.choices)),
    Facet("rythme", _("Rhythm"), ("formation",), tuple(Rhythm.choices)),
    Facet("certification", _("Certification"), ("formation",), tuple(CertificationType.choices)),
    Facet("commune", _("Commune"), PLACES, pattern=r"^972\d\d$"),
    Facet("epci", _("Intercommunality (EPCI)"), PLACES),
    Facet("financement", _("Can be funded by"), ("formation",)),
    Facet("beneficiaire", _("For whom"), ("financement",), tuple(Beneficiary.choices)),
    Facet("aide", _("Kind of help"), ("financement",), tuple(HelpKind.choices)),
    Facet("projet", _("Project"), ("financement",), tuple(ProjectType.choices)),
    Facet("financeur", _("Funder"), ("financement",)),
    Facet("statut", pgettext_lazy("funding scheme", "Status"), ("financement",), tuple(SchemeStatus.choices)),
    Facet("service", _("Service"), ("lieu",)),
    Facet("categorie", _("Category"), ("lieu", "prestataire")),
    Facet("public", _("Audience"), ("lieu",), tuple(Audience.choices)),
    Facet("tarif", _("Fees"), ("lieu",), tuple(Fee.choices)),
)
BY_KEY = {facet.key: facet for facet in FACETS}
