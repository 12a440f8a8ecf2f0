from .events import EventIndexPage, EventPage, Registration
from .navigation import FooterLink, MenuItem, NavigationSettings
from .pages import HomePage, StandardPage
from .places import PlaceCorrection, PlaceMapPage, PlacePage, PlacePhoto
from .territory import EPCI, Commune
from .users import User

__all__ = [
    "EPCI",
    "Commune",
    "EventIndexPage",
    "EventPage",
    "FooterLink",
    "HomePage",
    "MenuItem",
    "NavigationSettings",
    "PlaceCorrection",
    "PlaceMapPage",
    "PlacePage",
    "PlacePhoto",
    "Registration",
    "StandardPage",
    "User",
]
