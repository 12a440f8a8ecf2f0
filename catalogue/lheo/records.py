"""What the LHEO reader yields: plain records of a formation, its provider, sessions and places."""

import datetime
from dataclasses import dataclass, field


@dataclass
class Place:
    insee_code: str = ""
    postal_code: str = ""
    town: str = ""
    region: str = ""


@dataclass
class ProviderRecord:
    key: str
    name: str
    siret: str = ""
    nda: str = ""
    uai: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    place: Place | None = None
    qualiopi: bool | None = None


@dataclass
class SessionRecord:
    lheo_id: str
    action_id: str
    start_date: datetime.date
    end_date: datetime.date | None
    place: Place | None
    registration_status: str
    registration_url: str = ""
    seats: int | None = None
    is_demo: bool = False


@dataclass
class ProgrammeRecord:
    lheo_id: str
    action_id: str
    title: str
    provider: ProviderRecord
    fields: dict = field(default_factory=dict)
    place: Place | None = None
    sessions: list[SessionRecord] = field(default_factory=list)


@dataclass
class Rejected:
    lheo_id: str
    title: str
    reason: str
