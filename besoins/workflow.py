"""The life of a buyer's need: submitted by the buyer, moderated by the CTM, closed by the buyer."""

from besoins.enums import NeedStatus as S
from portail import workflow
from portail.workflow import Transition

# by: "buyer" (through the signed link) or "moderator" (a CTM moderator in the admin).
TRANSITIONS = {
    "submit": Transition(frozenset({S.DRAFT}), S.PENDING, "buyer"),
    "publish": Transition(frozenset({S.PENDING}), S.PUBLISHED, "moderator"),
    "reject": Transition(frozenset({S.PENDING}), S.REJECTED, "moderator", needs_message=True),
    "close": Transition(frozenset({S.PUBLISHED}), S.CLOSED, "buyer"),
}


def allowed_actions(status: str, by: str) -> list[str]:
    return workflow.allowed_actions(TRANSITIONS, status, by)
