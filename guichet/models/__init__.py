from .checklist import RequestDocument
from .partners import Partner, RoutingRule
from .requests import AccompanimentRequest, ActionPlanItem, RequestEvent

__all__ = [
    "AccompanimentRequest",
    "ActionPlanItem",
    "Partner",
    "RequestDocument",
    "RequestEvent",
    "RoutingRule",
]
