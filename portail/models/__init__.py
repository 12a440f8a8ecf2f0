from .navigation import FooterLink, MenuItem, NavigationSettings
from .outbox import OutboundEmail
from .pages import HomePage, StandardPage
from .territory import EPCI, Commune
from .users import User

__all__ = [
    "EPCI",
    "Commune",
    "FooterLink",
    "HomePage",
    "MenuItem",
    "NavigationSettings",
    "OutboundEmail",
    "StandardPage",
    "User",
]
