from .follow_up import CheckIn, PlannedItem, RequestPart
from .partners import Partner, RoutingRule
from .requests import AccompanimentRequest, ActionPlanItem, RequestEvent

__all__ = [
    "AccompanimentRequest",
    "ActionPlanItem",
    "CheckIn",
    "Partner",
    "PlannedItem",
    "RequestEvent",
    "RequestPart",
    "RoutingRule",
]
