from .diagnosis import Diagnosis
from .partners import Partner, RoutingRule
from .requests import AccompanimentRequest, ActionPlanItem, RequestEvent

__all__ = [
    "AccompanimentRequest",
    "ActionPlanItem",
    "Diagnosis",
    "Partner",
    "RequestEvent",
    "RoutingRule",
]
