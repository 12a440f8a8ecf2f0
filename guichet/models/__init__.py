from .label import (
    CharterSignatory,
    CriterionAnswer,
    Evidence,
    LabelApplication,
    LabelCriterion,
    LabelEvent,
    Provider,
    Solution,
)
from .partners import Partner, RoutingRule
from .requests import AccompanimentRequest, ActionPlanItem, RequestEvent

__all__ = [
    "AccompanimentRequest",
    "ActionPlanItem",
    "CharterSignatory",
    "CriterionAnswer",
    "Evidence",
    "LabelApplication",
    "LabelCriterion",
    "LabelEvent",
    "Partner",
    "Provider",
    "RequestEvent",
    "RoutingRule",
    "Solution",
]
