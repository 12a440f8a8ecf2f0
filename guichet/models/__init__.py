from .checklist import RequestDocument
from .diagnosis import Diagnosis
from .follow_up import CheckIn, PlannedItem, RequestPart
from .partners import Partner, RoutingRule
from .requests import AccompanimentRequest, ActionPlanItem, RequestEvent

__all__ = [
    "AccompanimentRequest",
    "ActionPlanItem",
    "CheckIn",
    "Diagnosis",
    "Partner",
    "PlannedItem",
    "RequestDocument",
    "RequestEvent",
    "RequestPart",
    "RoutingRule",
]
